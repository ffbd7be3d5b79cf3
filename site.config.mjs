// The address the site is published at, shared by the Astro config and the
// PDF step. Set SITE_URL when deploying elsewhere.
export const site = process.env.SITE_URL ?? 'https://kz-cybercrime-facts.example.org';
