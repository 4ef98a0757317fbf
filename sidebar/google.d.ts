/** The part of google.script.run the sidebar uses (the client side of HtmlService). */
interface GoogleScriptRunner {
  withSuccessHandler(f: (value: unknown) => void): GoogleScriptRunner;
  withFailureHandler(f: (error: Error) => void): GoogleScriptRunner;
  [serverFunction: string]: unknown;
}
declare const google: { script: { run: GoogleScriptRunner } };
