// Importing this module registers every data-layer BIF (vm/bifs/registry.ts).
// Process, code-loading and node BIFs are registered by the VM's own modules.
import "./erlang.ts";
import "./node_local.ts"; // before elixir_core.ts, whose Kernel.node/1 is :erlang.node/1
import "./lists_maps_math.ts";
import "./binary_unicode.ts";
import "./binary_codec.ts";
import "./module_exports.ts";
import "./elixir_string.ts";
import "./elixir_core.ts";
import "./erlang_misc.ts";
import "./rand.ts";
import "./rand_normal.ts";
import "./rand_jump.ts";
import "./erl_string.ts";
import "./system_cmd.ts";
import "./external_term.ts";
import "./clock.ts";
import "./ets.ts";
import "./ets_more.ts";
import "./shared_terms.ts";
import "./global.ts";
import "./file_devices.ts";
import "./re.ts";
import "./base.ts";
import "./hashes.ts";
import "./zlib.ts";
import "./stdin.ts";
import "./upgrade_test.ts";
import "./code_docs.ts";
import "./error_formatters.ts";
import "./library_apps.ts";
import { aliasInlinedBifs } from "../elixir_inlines.ts";
aliasInlinedBifs();
