// Yes/no questions on the terminal (or piped stdin), as Mix.shell().yes?/1 asks them: an empty
// answer or y/yes means yes. One line reader serves every question, so answers piped in together
// are not lost between questions; end of input means no.
import * as readline from "node:readline";

let reader: readline.Interface | null = null;
const lines: string[] = [];
const waiting: ((line: string | null) => void)[] = [];
let ended = false;

function nextLine(): Promise<string | null> {
  if (lines.length) return Promise.resolve(lines.shift()!);
  if (ended) return Promise.resolve(null);
  if (!reader) {
    reader = readline.createInterface({ input: process.stdin });
    reader.on("line", (l) => (waiting.length ? waiting.shift()!(l) : lines.push(l)));
    reader.on("close", () => {
      ended = true;
      while (waiting.length) waiting.shift()!(null);
    });
  }
  return new Promise((resolve) => waiting.push(resolve));
}

export async function ask(question: string): Promise<boolean> {
  process.stdout.write(question);
  const line = await nextLine();
  if (line === null) return false;
  return ["", "y", "yes"].includes(line.trim().toLowerCase());
}

/** stop reading stdin (so the process can exit) */
export function closeAsk(): void {
  reader?.close();
  reader = null;
}
