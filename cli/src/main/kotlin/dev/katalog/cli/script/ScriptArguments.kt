package dev.katalog.cli.script

/** The arguments after a script's file name, as the script's `args` (a list of strings). */
public class ScriptArguments(values: List<String>) : List<String> by values
