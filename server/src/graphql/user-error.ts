import { Field, ObjectType } from 'type-graphql';

/** A problem the user can fix, returned in a mutation payload (not a top-level error). */
@ObjectType('UserError', { simpleResolvers: true })
export class UserError {
  @Field(() => String, { nullable: true, description: 'The input field at fault, if any.' })
  field!: string | null;

  @Field(() => String, { description: 'Stable machine-readable code.' })
  code!: string;

  @Field(() => String, { description: 'What went wrong and what to do, for people.' })
  message!: string;

  static of(code: string, message: string, field: string | null = null): UserError {
    return Object.assign(new UserError(), { code, message, field });
  }
}
