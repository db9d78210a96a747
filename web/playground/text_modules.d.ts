// Example and tutorial sources are imported as text (esbuild's text loader, scripts/build-web.mjs).
declare module "*.exs" {
  const text: string;
  export default text;
}
declare module "*.ex" {
  const text: string;
  export default text;
}
