// The virtual module scripts/build-web.mjs provides when it bundles web/embed.ts: the standard
// library compiled at build time (lib/**/*.ex and IEx.Helpers), so a page compiles nothing at start.
declare module "beamlet:library" {
  /** the files beside the bundle with the library's modules: their .bbc payloads by field, one
   *  section per field, encoded as web/library_codec.ts says (web/build/precompile_library.ts);
   *  the first is the core a node starts with, the others are fetched on first use */
  export const libraryFiles: string[];
  /** each file's module (NAME.js, its default export the file's text), imported by a literal
   *  name that bundlers follow */
  export const libraryModules: (() => Promise<{ default: string }>)[];
  /** the payload fields, in the order of the file's sections */
  export const librarySections: string[];
  /** the file holding the docs section (web/build/precompile_library.ts DOCS_SECTION) of every
   *  module, in the index's order */
  export const libraryDocsFile: number;
  /** the file fetched together with the compiler (every compilation has its modules: a macro or a
   *  module body never waits for them halfway) */
  export const libraryWithCompiler: number;
  /** [module, source file, [bytes of its JSON in each section], file, the uniq of its funs
   *  (vm/module.ts funUniqOf)] of each module, in its file's order */
  export const libraryIndex: [string, string, number[], number, number][];
  /** "Module.name/arity" of the functions of the core and of libraryWithCompiler whose calls
   *  reach, further down, modules of the other files fetched on first use, with those files'
   *  numbers (web/build/lazy_reach.ts) */
  export const libraryReach: Record<string, number[]>;
  /** lib/use/*.ex templates by name (Code.compile_string compiles `use` with them) */
  export const useSources: Record<string, string>;
  /** package.json's version */
  export const version: string;
}

// The BIFs each lazily loaded group defines (web/build/lazy_bif_keys.ts), for web/bifs.ts.
declare module "beamlet:lazy-bif-keys" {
  export const lazyBifKeys: Record<string, string[]>;
}
