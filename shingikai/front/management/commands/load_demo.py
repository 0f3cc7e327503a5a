"""`shingikai load_demo`: the old name of `shingikai load-demo`, kept as an alias because
scripts and notes use it; commands are named with hyphens (parse-minutes, import-minutes)."""

from importlib import import_module

Command = import_module("shingikai.front.management.commands.load-demo").Command
