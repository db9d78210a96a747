// The BIFs a page's node has from the start (vm/boot.ts imports them in Node, with the compiler's
// own): the core, processes, code loading. Those that compile (Code, Macro, a defmodule
// reached at run time) come with the compiler when first called (web/bif_groups.ts).
import "../vm/bifs/core.ts";
import "../vm/bifs/processes.ts";
import "../vm/bifs/process_others.ts";
import "../vm/bifs/beamlet_internal.ts";
import "../vm/bifs/code_loading.ts";
import "../vm/bifs/definition_lines.ts";
import "../vm/bifs/deprecated.ts";
