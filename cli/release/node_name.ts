// The name a release's node goes by, as a release's sname does: APP@SHORT_HOSTNAME.
import * as os from "node:os";

export function releaseNodeName(app: string): string {
  return `${process.env.RELEASE_NODE || app}@${os.hostname().split(".")[0]}`;
}
