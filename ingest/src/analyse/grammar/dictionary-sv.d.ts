declare module 'dictionary-sv' {
  const dictionary: { aff: Uint8Array; dic: Uint8Array };
  export default dictionary;
}
