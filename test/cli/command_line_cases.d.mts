export interface CommandLineGroup {
  inRoot?: boolean;
  alsoRun?: boolean;
  files?: Record<string, string>;
  compile?: string[];
  afterCompile?: Record<string, string>;
  cases: { args: string[]; files?: Record<string, string> }[];
}
export const GROUPS: Record<string, CommandLineGroup>;
export function maskPaths(text: string, dir: string, root: string): string;
