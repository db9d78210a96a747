// Example and tutorial sources are imported as text (esbuild's text loader, scripts/build-web.mjs).
declare module "*.exs" {
  const text: string;
  export default text;
}
declare module "*.ex" {
  const text: string;
  export default text;
}
// The examples' bytecode, compiled at build time (scripts/build-web.mjs): each .bbc's bytes as a
// string (one character a byte), by file name
declare module "beamlet:precompiled-examples" {
  const bytecode: Record<string, string>;
  export default bytecode;
}
