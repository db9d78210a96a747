// The entry point of lang/: source text -> AST (Elixir's quoted form) or a CompileError.
import type { Ast } from "./ast.ts";
import { CompileError } from "./compile_error.ts";
import { Parser, type FormatRecord } from "./parser.ts";
import { keepingBadEscapes } from "./quoted_text.ts";
import type { Tok } from "./lexer.ts";
import { TokenMetaTable } from "./token_meta.ts";

export { CompileError } from "./compile_error.ts";

// built once: the lexer tables and the parser are reused for every parse
const parser = new Parser();

export function parse(source: string, file: string, firstLine = 1, textStart = 0): Ast {
  try {
    return parser.parse(source, file, firstLine, textStart);
  } catch (e) {
    if (e instanceof CompileError) throw e;
    // a bug in the parser must still surface as a CompileError, never as a raw JS error
    if (e instanceof RangeError) throw new CompileError("SyntaxError", file, 1, 1, "expression nested too deeply");
    throw new CompileError("SyntaxError", file, 1, 1, "internal parser error: " + (e instanceof Error ? e.message : String(e)));
  }
}

export { UNSAFE_ATOM } from "./parser.ts";

/** parse as Code.string_to_quoted(source, existing_atoms_only: true) does: `exists` says which
 *  atoms the atom table has */
export function parseExistingAtomsOnly(source: string, file: string, exists: (name: string) => boolean, textStart = 0): Ast {
  parser.existingAtomsOnly = exists;
  try {
    return parse(source, file, 1, textStart);
  } finally {
    parser.existingAtomsOnly = null;
  }
}

/** the "line:col" of each `in` of `not x in y` / `!x in y` that the parser read as `not(x in y)` */
export function rearrangedNotIn(source: string, file: string): Set<string> {
  return parserNotes(source, file).notIn;
}

/** what the parser notes for its warnings as it reads: the rearranged `not x in y` (the `in`'s
 *  "line:col") and the arrow operators given a call without parentheses (the operator's) */
export function parserNotes(source: string, file: string): { notIn: Set<string>; pipes: Set<string> } {
  const notIn = new Set<string>(), pipes = new Set<string>();
  parser.rearrangedIn = notIn;
  parser.ambiguousPipes = pipes;
  try {
    parse(source, file);
  } catch {
    // the caller reports a syntax error
  } finally {
    parser.rearrangedIn = null;
    parser.ambiguousPipes = null;
  }
  return { notIn, pipes };
}

/** the shared parser's work counters (tokens consumed, tokens given back by backtracking,
 *  constructs deferred to a fresh JS stack, deepest expression nesting on one JS stack) */
export function parseWork(): { advances: number; backtracked: number; deferred: number; maxDepth: number } {
  return { ...parser.work };
}

/** start measuring the deepest nesting on one JS stack afresh */
export function resetMaxDepth(): void {
  parser.work.maxDepth = 0;
}

function newFormatRecord(): FormatRecord {
  return { literals: new WeakMap(), spans: new WeakMap(), doEnd: new WeakMap(), opened: new WeakSet(), closing: new WeakMap(), parens: new WeakSet(), eolOps: new WeakSet() };
}

/** source text -> AST, with the token of each literal (Code.string_to_quoted's literal_encoder) */
export function parseRecordingLiterals(source: string, file: string, textStart = 0): { ast: Ast; literals: WeakMap<Ast, Tok> } {
  const fmt = newFormatRecord();
  parser.fmt = fmt;
  try {
    return { ast: parse(source, file, 1, textStart), literals: fmt.literals };
  } finally {
    parser.fmt = null;
  }
}

/** source text -> AST, with the tokens around its nodes (Code.string_to_quoted's token_metadata),
 *  and the token of each literal when `literals` (its literal_encoder) */
export function parseWithTokenMetadata(source: string, file: string, textStart: number, literals: boolean): { ast: Ast; tokenMeta: TokenMetaTable; literals?: WeakMap<Ast, Tok> } {
  const tokenMeta = new TokenMetaTable();
  parser.tokenMeta = tokenMeta;
  try {
    if (literals) return { ...parseRecordingLiterals(source, file, textStart), tokenMeta };
    return { ast: parse(source, file, 1, textStart), tokenMeta };
  } finally {
    parser.tokenMeta = null;
  }
}

/** source text -> AST, with what Code.format_string! needs besides (see FormatRecord) */
export function parseForFormat(source: string, file: string): { ast: Ast; fmt: FormatRecord } {
  const fmt = newFormatRecord();
  parser.fmt = fmt;
  try {
    return { ast: keepingBadEscapes(() => parse(source, file)), fmt };
  } finally {
    parser.fmt = null;
  }
}
