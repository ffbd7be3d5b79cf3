/** A citation as editors type it: [@mia-2025-05], or several as [@mia-2025-05; @president-2025-01]. */
export const CITATION = /\[@([^\]\s;]+(?:\s*;\s*@[^\]\s;]+)*)\]/g;
