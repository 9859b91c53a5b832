/** A file that cannot be turned into text; the message is shown to the user as is. */
export class ReadError extends Error {
  override name = 'ReadError';
  constructor(
    message: string,
    readonly code: 'unsupported' | 'empty' | 'binary' | 'encoding' | 'corrupt' | 'io' | 'needs_ocr' | 'too_large',
  ) {
    super(message);
  }
}
