package dev.katalog.bench

import com.sun.net.httpserver.HttpServer
import java.net.InetAddress
import java.net.InetSocketAddress

/**
 * A loopback HTTP server that answers every request with one recorded [answer] of the real catalog. A client's
 * per-request code (HTTP engine, pipeline, decoding) runs once a page, so the JIT needs thousands of pages before it is
 * done with it; answering them from memory warms that code at the client's own cost, without loading the catalog.
 */
internal class ReplayServer(private val answer: ByteArray) : AutoCloseable {
    private val server = HttpServer.create(InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0).apply {
        createContext("/") { exchange ->
            exchange.requestBody.use { it.readAllBytes() }
            exchange.responseHeaders.add("Content-Type", "application/json")
            exchange.sendResponseHeaders(200, answer.size.toLong())
            exchange.responseBody.use { it.write(answer) }
        }
        start()
    }

    val baseUrl: String = "http://127.0.0.1:${server.address.port}"

    override fun close() = server.stop(0)
}
