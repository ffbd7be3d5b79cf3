// The address the site is published at, shared by the Astro config and the
// PDF step. Set SITE_URL when deploying elsewhere.
export const site = process.env.SITE_URL ?? 'https://kz-cybercrime-facts.example.org';

// The repository editors send pull requests to, for "edit this page" links.
// In GitHub Actions it is the repository being built; REPOSITORY_URL overrides it.
const github = process.env.GITHUB_REPOSITORY ? `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${process.env.GITHUB_REPOSITORY}` : undefined;
export const repository = process.env.REPOSITORY_URL ?? github ?? 'https://github.com/kz-cybercrime-facts/fact-sheets';
