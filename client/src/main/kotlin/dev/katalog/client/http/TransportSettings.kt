package dev.katalog.client.http

import dev.katalog.client.core.RetryPolicy
import java.time.Duration

/** How a [HttpTransport] reaches its server: where, how patiently, and how many calls at once. */
internal class TransportSettings(
    val baseUrl: String,
    val retryPolicy: RetryPolicy,
    val connectTimeout: Duration,
    val readTimeout: Duration,
    val maxConcurrentRequests: Int,
)
