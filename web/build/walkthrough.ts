// The hot-swap walk-through driven in a real page, as a user does it: Start, edit to count + 2,
// Load, edit to @vsn 1, Start, edit to @vsn 2 with code_change, Upgrade. Returns the counts the
// output pane showed at each stage; the browser test checks them, the measure script reuses the
// run for its memory figure and the README's screenshot.
import type { Page } from "playwright-core";

export interface Count {
  vsn: string;
  n: number;
}

export interface WalkThroughResult {
  /** count[]: lines from Start to the end of the Load stage (one run of the node) */
  unversioned: Count[];
  /** how many of them were printed before Load was pressed */
  beforeLoad: number;
  /** count[1]: and count[2]: lines after the restart with @vsn 1, through the Upgrade */
  versioned: Count[];
  /** the REPL pane's text at the end */
  repl: string;
}

/** the count lines of the output pane, in order */
export async function outputCounts(page: Page): Promise<Count[]> {
  const text = (await page.textContent("#output")) ?? "";
  return [...text.matchAll(/^count\[(\d*)\]: (\d+)$/gm)].map((m) => ({ vsn: m[1], n: Number(m[2]) }));
}

/** wait until the output pane has at least `min` count lines matching `vsn` */
async function waitForCounts(page: Page, vsn: string, min: number, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    ([v, k]) => [...(document.getElementById("output")!.textContent ?? "").matchAll(/^count\[(\d*)\]: \d+$/gm)].filter((m) => m[1] === v).length >= (k as number),
    [vsn, min] as const,
    { timeout, polling: 50 },
  );
}

async function waitForRepl(page: Page, text: string, occurrences = 1, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    ([t, k]) => (document.getElementById("repl-log")!.textContent ?? "").split(t as string).length - 1 >= (k as number),
    [text, occurrences] as const,
    { timeout, polling: 50 },
  );
}

/** `baseUrl` is the playground's; timeScale shortens the Counter's one-second sleep */
export async function walkThrough(page: Page, baseUrl: string, timeScale = 0.1): Promise<WalkThroughResult> {
  await page.goto(`${baseUrl}?example=tutorial&autorun=0&timescale=${timeScale}`);
  await page.waitForFunction(() => document.getElementById("status")!.textContent === "ready");
  // the user turns to the editor: CodeMirror takes the textarea's place
  await page.hover("#editor");
  await page.waitForSelector("body[data-editor=ready] .cm-content", { timeout: 60_000 });
  // 1. the original Counter, started under a supervisor
  await page.click("#tut-start");
  await waitForCounts(page, "", 3);
  // 2. count + 2, loaded with purge + load_file
  await page.click("#tut-edit-2");
  const beforeLoad = (await outputCounts(page)).length;
  await page.click("#tut-load");
  await waitForRepl(page, "{:module, Counter}");
  // the REPL's answer can reach the page before a line the old code printed just before the load:
  // one more line than the three new ones the test wants
  await waitForCounts(page, "", (await outputCounts(page)).length + 4);
  const unversioned = (await outputCounts(page)).filter((c) => c.vsn === "");
  // 3. @vsn 1 and count + 1, on a restarted node
  await page.click("#tut-edit-3");
  await page.click("#tut-start");
  await waitForCounts(page, "1", 3);
  // 4. @vsn 2 with code_change/3, upgraded in place
  await page.click("#tut-edit-4");
  await page.click("#tut-upgrade");
  await waitForRepl(page, ":sys.resume(:counter)");
  await waitForCounts(page, "2", 3);
  const versioned = await outputCounts(page);
  const repl = (await page.textContent("#repl-log")) ?? "";
  return { unversioned, beforeLoad, versioned, repl };
}
