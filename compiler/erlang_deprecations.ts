// OTP 25's deprecated functions (otp_internal:obsolete/3, generated from the installed OTP 25 with
// Elixir's wording: the reason capitalized, "It will be removed in OTP N. " before it when it is to
// be removed): Elixir 1.14's checker warns where they are called.
const TABLE = `
auth is_auth/1	Use net_adm:ping/1 instead
auth cookie/0	Use erlang:get_cookie/0 instead
auth cookie/1	Use erlang:set_cookie/2 instead
auth node_cookie/1	Use erlang:set_cookie/2 and net_adm:ping/1 instead
auth node_cookie/2	Use erlang:set_cookie/2 and net_adm:ping/1 instead
calendar local_time_to_universal_time/1	Use calendar:local_time_to_universal_time_dst/1 instead
code is_module_native/1	It will be removed in OTP 26. Hipe has been removed
code rehash/0	It will be removed in OTP 26. The code path cache feature has been removed
crypto crypto_dyn_iv_init/3	It will be removed in OTP 27. See the documentation for details
crypto crypto_dyn_iv_update/3	It will be removed in OTP 27. See the documentation for details
crypto rand_uniform/2	Use rand:uniform/1 instead
disk_log lclose/1	It will be removed in OTP 26. Use disk_log:close/1 instead
disk_log lclose/2	It will be removed in OTP 26. Use disk_log:close/1 instead
disk_log accessible_logs/0	It will be removed in OTP 26. Use disk_log:all/0 instead
erlang now/0	See the "time and time correction in erlang" chapter of the erts user's guide for more information
erlang phash/2	Use erlang:phash2/2 instead
erts_alloc_config save_scenario/0	It will be removed in OTP 26. This module will be removed in otp 26.0. see the documentation for details
erts_alloc_config make_config/0	It will be removed in OTP 26. This module will be removed in otp 26.0. see the documentation for details
erts_alloc_config make_config/1	It will be removed in OTP 26. This module will be removed in otp 26.0. see the documentation for details
erts_alloc_config stop/0	It will be removed in OTP 26. This module will be removed in otp 26.0. see the documentation for details
erts_alloc_config state/0	It will be removed in OTP 26. This module will be removed in otp 26.0. see the documentation for details
erts_alloc_config module_info/0	It will be removed in OTP 26. This module will be removed in otp 26.0. see the documentation for details
erts_alloc_config module_info/1	It will be removed in OTP 26. This module will be removed in otp 26.0. see the documentation for details
ftp start_service/1	It will be removed in OTP 26. Use ftp:open/2 instead
ftp stop_service/1	It will be removed in OTP 26. Use ftp:close/1 instead
gen_fsm start/3	Use the 'gen_statem' module instead
gen_fsm start/4	Use the 'gen_statem' module instead
gen_fsm start_link/3	Use the 'gen_statem' module instead
gen_fsm start_link/4	Use the 'gen_statem' module instead
gen_fsm stop/1	Use the 'gen_statem' module instead
gen_fsm stop/3	Use the 'gen_statem' module instead
gen_fsm send_event/2	Use the 'gen_statem' module instead
gen_fsm sync_send_event/2	Use the 'gen_statem' module instead
gen_fsm sync_send_event/3	Use the 'gen_statem' module instead
gen_fsm send_all_state_event/2	Use the 'gen_statem' module instead
gen_fsm sync_send_all_state_event/2	Use the 'gen_statem' module instead
gen_fsm sync_send_all_state_event/3	Use the 'gen_statem' module instead
gen_fsm start_timer/2	Use the 'gen_statem' module instead
gen_fsm send_event_after/2	Use the 'gen_statem' module instead
gen_fsm cancel_timer/1	Use the 'gen_statem' module instead
gen_fsm enter_loop/4	Use the 'gen_statem' module instead
gen_fsm enter_loop/5	Use the 'gen_statem' module instead
gen_fsm enter_loop/6	Use the 'gen_statem' module instead
gen_fsm init_it/6	Use the 'gen_statem' module instead
gen_fsm wake_hib/7	Use the 'gen_statem' module instead
gen_fsm system_continue/3	Use the 'gen_statem' module instead
gen_fsm system_terminate/4	Use the 'gen_statem' module instead
gen_fsm system_code_change/4	Use the 'gen_statem' module instead
gen_fsm system_get_state/1	Use the 'gen_statem' module instead
gen_fsm system_replace_state/2	Use the 'gen_statem' module instead
gen_fsm reply/2	Use the 'gen_statem' module instead
gen_fsm format_status/2	Use the 'gen_statem' module instead
gen_fsm behaviour_info/1	Use the 'gen_statem' module instead
gen_fsm module_info/0	Use the 'gen_statem' module instead
gen_fsm module_info/1	Use the 'gen_statem' module instead
gen_fsm format_log/2	Use the 'gen_statem' module instead
gen_fsm format_log/1	Use the 'gen_statem' module instead
http_uri encode/1	It will be removed in OTP 26. Use uri_string:quote function instead
http_uri decode/1	It will be removed in OTP 26. Use uri_string:unquote function instead
httpd parse_query/1	Use uri_string:dissect_query/1 instead
httpd_util decode_hex/1	It will be removed in OTP 26. Use uri_string:unquote function instead
httpd_util encode_hex/1	It will be removed in OTP 26. Use uri_string:quote function instead
httpd_util flatlength/1	It will be removed in OTP 26. Use erlang:iolist_size/1 instead
httpd_util suffix/1	It will be removed in OTP 26. Use filename:extension/1 and string:trim/2 instead
httpd_util strip/1	It will be removed in OTP 26. Use string:trim/1 instead
httpd_util hexlist_to_integer/1	It will be removed in OTP 26. Use erlang:list_to_integer/2 with base 16 instead
httpd_util integer_to_hexlist/1	It will be removed in OTP 26. Use erlang:integer_to_list/2 with base 16 instead
net call/4	Use rpc:call/4 instead
net cast/4	Use rpc:cast/4 instead
net broadcast/3	Use rpc:eval_everywhere/3 instead
net ping/1	Use net_adm:ping/1 instead
net sleep/1	Use 'receive after t -> ok end' instead
queue lait/1	Use queue:liat/1 instead
random seed0/0	Use the 'rand' module instead
random seed/0	Use the 'rand' module instead
random seed/1	Use the 'rand' module instead
random seed/3	Use the 'rand' module instead
random uniform/0	Use the 'rand' module instead
random uniform/1	Use the 'rand' module instead
random uniform_s/1	Use the 'rand' module instead
random uniform_s/2	Use the 'rand' module instead
random module_info/0	Use the 'rand' module instead
random module_info/1	Use the 'rand' module instead
slave pseudo/1	It will be removed in OTP 27. Use the 'peer' module instead
slave pseudo/2	It will be removed in OTP 27. Use the 'peer' module instead
slave relay/1	It will be removed in OTP 27. Use the 'peer' module instead
slave start/1	It will be removed in OTP 27. Use the 'peer' module instead
slave start/2	It will be removed in OTP 27. Use the 'peer' module instead
slave start_link/1	It will be removed in OTP 27. Use the 'peer' module instead
slave start_link/2	It will be removed in OTP 27. Use the 'peer' module instead
slave start_link/3	It will be removed in OTP 27. Use the 'peer' module instead
slave start/5	It will be removed in OTP 27. Use the 'peer' module instead
slave stop/1	It will be removed in OTP 27. Use the 'peer' module instead
slave wait_for_slave/7	It will be removed in OTP 27. Use the 'peer' module instead
slave slave_start/1	It will be removed in OTP 27. Use the 'peer' module instead
slave wait_for_master_to_die/2	It will be removed in OTP 27. Use the 'peer' module instead
slave module_info/0	It will be removed in OTP 27. Use the 'peer' module instead
slave module_info/1	It will be removed in OTP 27. Use the 'peer' module instead
slave start/3	It will be removed in OTP 27. Use the 'peer' module instead
sys get_debug/3	Incorrectly documented and only for internal use. can often be replaced with sys:get_log/1
zlib inflateChunk/2	It will be removed in OTP 27. Use safeinflate/2 instead
zlib inflateChunk/1	It will be removed in OTP 27. Use safeinflate/2 instead
zlib setBufSize/2	It will be removed in OTP 27. This function will be removed in a future release
zlib getBufSize/1	It will be removed in OTP 27. This function will be removed in a future release
zlib crc32/1	It will be removed in OTP 27. Use erlang:crc32/1 on the uncompressed data instead
zlib crc32/2	It will be removed in OTP 27. Use erlang:crc32/1 instead
zlib crc32/3	It will be removed in OTP 27. Use erlang:crc32/2 instead
zlib crc32_combine/4	It will be removed in OTP 27. Use erlang:crc32_combine/3 instead
zlib adler32/2	It will be removed in OTP 27. Use erlang:adler32/1 instead
zlib adler32/3	It will be removed in OTP 27. Use erlang:adler32/2 instead
zlib adler32_combine/4	It will be removed in OTP 27. Use erlang:adler_combine/3 instead
`;

let table: Map<string, string> | null = null;

/** the reason OTP deprecates module:fun/arity (an Erlang module's atom name), or undefined */
export function erlangDeprecation(module: string, fun: string, arity: number): string | undefined {
  if (table === null) {
    table = new Map();
    for (const line of TABLE.split("\n")) {
      const m = /^(\S+) (\S+)\t(.*)$/.exec(line);
      if (m) table.set(`${m[1]}.${m[2]}`, m[3]);
    }
  }
  return table.get(`${module}.${fun}/${arity}`);
}
