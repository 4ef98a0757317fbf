declare module 'gas-local' {
  const gasLocal: {
    require(
      folder: string,
      globals?: Record<string, unknown>,
      options?: { filter?: (f: string) => boolean },
    ): Record<string, unknown>;
  };
  export default gasLocal;
}
