/** What a reader gives for a file: its text, and for a scan how the OCR went. */

/** Some or all of a document's text came from OCR: the mean word confidence (0-100) and the pages OCRed. */
export interface OcrSummary {
  confidence: number | null;
  pages: number;
}

export interface ReadResult {
  text: string;
  /** Set when some or all of the text comes from OCR. */
  ocr: OcrSummary | null;
}
