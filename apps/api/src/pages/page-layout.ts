import { html, trusted, type TrustedHtml } from '@dsar/mail';

/** A plain, accessible page; every value escaped. Minimal until the privacy center replaces it. */
export function page(title: string, body: TrustedHtml): string {
  return html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>${title}</title>
        <style>
          body {
            font-family: system-ui, sans-serif;
            max-width: 40rem;
            margin: 2rem auto;
            padding: 0 1rem;
            line-height: 1.5;
            color: #1a1a1a;
          }
          button {
            font: inherit;
            padding: 0.5rem 1rem;
            background: #0b57d0;
            color: #fff;
            border: 0;
            border-radius: 4px;
            cursor: pointer;
          }
          .error {
            color: #a50e0e;
          }
        </style>
      </head>
      <body>
        <main>
          <h1>${title}</h1>
          ${body}
        </main>
      </body>
    </html>`;
}

export { html, trusted };
