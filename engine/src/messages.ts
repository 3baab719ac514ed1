/**
 * Messages by id in French and English, with `{name}` placeholders, typed: the ids of a table
 * and the placeholders of each message are types, so that a message id a table does not have,
 * or a placeholder left without its parameter, does not compile.
 */

/** A table of messages by id, `{name}` for a parameter. */
export type MessageTable = Readonly<Record<string, string>>;
export interface Messages {
  readonly fr: MessageTable;
  readonly en: MessageTable;
}

/** The `{name}` placeholders of a message, as a union of names. */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer R}` ? P | Placeholders<R> : never;

/** The ids of a rule's messages. */
export type MessageId<M extends Messages> = keyof M['fr'] & keyof M['en'] & string;
/** The parameters a message needs: every placeholder of both languages (more are allowed). */
export type ParamsOf<M extends Messages, K extends MessageId<M>> = [Placeholders<M['fr'][K]> | Placeholders<M['en'][K]>] extends [never]
  ? { params?: Readonly<Record<string, unknown>> }
  : { params: { readonly [P in Placeholders<M['fr'][K]> | Placeholders<M['en'][K]>]: unknown } & Readonly<Record<string, unknown>> };
/** A message id with its parameters (a union over the ids, so that the id picks the parameters). */
export type MessageOf<M extends Messages> = { [K in MessageId<M>]: { messageId: K } & ParamsOf<M, K> }[MessageId<M>];
