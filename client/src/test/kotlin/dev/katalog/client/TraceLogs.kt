package dev.katalog.client

import ch.qos.logback.classic.Level
import ch.qos.logback.classic.Logger
import ch.qos.logback.classic.spi.ILoggingEvent
import ch.qos.logback.core.read.ListAppender
import org.slf4j.LoggerFactory

/** Runs [block] with the transport's logger at TRACE, every event it logs captured in the appender. */
internal suspend fun capturingTraceLogs(block: suspend (ListAppender<ILoggingEvent>) -> Unit) {
    val logger = LoggerFactory.getLogger("dev.katalog.client.http") as Logger
    val appender = ListAppender<ILoggingEvent>().apply { start() }
    logger.addAppender(appender)
    val previous = logger.level
    logger.level = Level.TRACE
    try {
        block(appender)
    } finally {
        logger.level = previous
        logger.detachAppender(appender)
    }
}
