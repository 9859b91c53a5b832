import { LitElement, css, html } from 'lit';
import { mergeAdjacentMarks, parseSnippet, withoutLeadingHeading } from '../../lib/snippet.js';
import { sharedStyles } from '../../styles/shared.js';

/** Renders an API snippet: text nodes and <mark> elements, never raw HTML. */
export class VkSnippet extends LitElement {
  static override properties = { snippet: { type: String }, heading: { type: String } };
  declare snippet: string;
  /** The section's heading, shown above the snippet: not repeated at its start. */
  declare heading: string | null;

  static override styles = [
    sharedStyles,
    css`
    :host { display: block; line-height: 1.55; overflow-wrap: anywhere; }
  `,
  ];

  constructor() {
    super();
    this.snippet = '';
    this.heading = null;
  }

  override render() {
    return html`${mergeAdjacentMarks(withoutLeadingHeading(parseSnippet(this.snippet), this.heading)).map((p) => (p.mark ? html`<mark>${p.text}</mark>` : p.text))}`;
  }
}
customElements.define('vk-snippet', VkSnippet);
