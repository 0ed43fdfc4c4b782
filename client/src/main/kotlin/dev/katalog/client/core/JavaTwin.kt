package dev.katalog.client.core

/**
 * Names the Java twin of a suspending function whose shape Java cannot take as is (a suspending lambda):
 * the twin class has a method called [name] doing the same for Java, for the reason given in [why].
 */
@Target(AnnotationTarget.FUNCTION)
@Retention(AnnotationRetention.RUNTIME)
public annotation class JavaTwin(val name: String, val why: String)
