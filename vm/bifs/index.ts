// Importing this module registers every data-layer BIF (vm/bifs/registry.ts): the core ones and
// the groups a browser page loads on first use (lazy_groups.ts), all at once here.
// Process, code-loading and node BIFs are registered by the VM's own modules.
import "./core.ts";
import "./rand.ts";
import "./rand_normal.ts";
import "./rand_jump.ts";
import "./erl_string.ts";
import "./erl_string_classic.ts";
import "./erl_terms.ts";
import "./erl_parse_exprs.ts";
import "./io_lib_fread.ts";
import "./io_lib_scan.ts";
import "./io_lib_limit.ts";
import "./system_cmd.ts";
import "./open_port.ts";
import "./ets.ts";
import "./ets_more.ts";
import "./shared_terms.ts";
import "./logger_level.ts";
import "./global.ts";
import "./base.ts";
import "./base64.ts";
import "./hashes.ts";
import "./crypto_cipher.ts";
import "./re.ts";
import "./re_edit.ts";
import "./zlib.ts";
import "./zlib_stream.ts";
import "./tcp.ts";
import "./udp.ts";
import "./inet.ts";
import "./decode_packet.ts";
import "./port_info.ts";
import "./module_exports.ts";
import "./binary_errors.ts";
import "./definition_lines.ts";
import { aliasInlinedBifs } from "../elixir_inlines.ts";
aliasInlinedBifs();
