package dev.katalog.client.core

/**
 * Names the Java twin where Java cannot take the Kotlin shape as is (a suspending block). On a function: the
 * twin class has a method called [name] doing the same for Java. On a class only Kotlin code ever holds (the
 * receiver of a suspending block): [name] is the `Class.method` (of its package, or fully qualified) through which Java does the same.
 * [why] says why the shapes differ.
 */
@Target(AnnotationTarget.FUNCTION, AnnotationTarget.CLASS)
@Retention(AnnotationRetention.RUNTIME)
public annotation class JavaTwin(val name: String, val why: String)
