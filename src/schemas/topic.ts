import { z } from 'astro/zod';

/** A subject that fact sheets cover year after year (content/topics.yaml). */
export const topicSchema = z.strictObject({
  title: z.string().min(1).describe('Name of the topic as it appears in navigation.'),
  description: z.string().min(1).describe('One sentence saying what sheets of this topic cover.'),
  order: z.number().int().default(100).describe('Position in topic lists, lowest first.'),
});

export type Topic = z.infer<typeof topicSchema>;
