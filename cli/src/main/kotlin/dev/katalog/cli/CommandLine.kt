package dev.katalog.cli

/**
 * A command's arguments split into bin/katalog's own options and the rest, wherever the options stand.
 * `--` ends the options: what follows is passed on as is, option-looking or not.
 */
internal class CommandLine private constructor(
    private val values: Map<String, String>,
    private val repeated: Map<String, List<String>>,
    private val flags: Set<String>,
    /** The arguments that are not bin/katalog's options, in order (a file name first, then a script's own arguments). */
    val positional: List<String>,
) {
    fun option(name: String): String? = values[name]

    /** Every value given to the option [name], in order (`--glossary A --glossary B`). */
    fun options(name: String): List<String> = repeated[name].orEmpty()

    fun has(flag: String): Boolean = flag in flags

    /** A command line bin/katalog cannot read: the message names the problem and the fix. */
    class UsageError(message: String) : IllegalArgumentException(message)

    companion object {
        /**
         * Reads [args] of [command]: [valued] options take a value (`--base-url U` or `--base-url=U`), [switches] do
         * not. With [openAfterFirst] (scripts), an unknown option after the first positional argument belongs to
         * the script; otherwise an unknown option is refused.
         */
        fun parse(command: String, args: List<String>, valued: Set<String>, switches: Set<String>, openAfterFirst: Boolean = false): CommandLine {
            val values = linkedMapOf<String, String>()
            val repeated = linkedMapOf<String, MutableList<String>>()
            val flags = linkedSetOf<String>()
            val positional = mutableListOf<String>()
            var i = 0
            while (i < args.size) {
                val arg = args[i]
                val name = arg.substringBefore('=')
                when {
                    arg == "--" -> { positional += args.drop(i + 1); break }
                    name in valued && '=' in arg -> {
                        values[name] = arg.substringAfter('=')
                        repeated.getOrPut(name) { mutableListOf() } += arg.substringAfter('=')
                    }
                    arg in valued -> {
                        val value = args.getOrNull(i + 1)?.takeUnless { it == "--" }
                            ?: throw UsageError("$command: $arg needs a value, e.g. $arg ${example(arg)}")
                        values[arg] = value
                        repeated.getOrPut(arg) { mutableListOf() } += value
                        i++
                    }
                    arg in switches -> flags += arg
                    arg.startsWith("-") && arg != "-" && !(openAfterFirst && positional.isNotEmpty()) -> throw UsageError(
                        "$command: unknown option \"${arg.take(40)}\"; its options are ${(valued + switches).sorted().joinToString()}" +
                            if (openAfterFirst) ". To pass it to the script, put it after the script's file, or after --" else "",
                    )
                    else -> positional += arg
                }
                i++
            }
            return CommandLine(values, repeated, flags, positional)
        }

        private fun example(option: String): String = when (option) {
            "--base-url" -> "http://127.0.0.1:21000"
            "--api-token" -> "TOKEN"
            else -> "VALUE"
        }
    }
}
