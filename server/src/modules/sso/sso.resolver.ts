import { Arg, Ctx, Field, FieldResolver, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../core/context.js';
import { Site } from '../site/site.entity.js';
import { SiteSettings } from '../site/site-settings.resolver.js';
import { offersSso, ssoCallbackUrl } from './sso-client.js';

@ObjectType('SignInOptions', { simpleResolvers: true })
export class SignInOptions {
  @Field(() => Boolean, { description: 'The site offers "Sign in with single sign-on".' })
  sso!: boolean;
  @Field(() => Boolean, {
    description: 'Password sign-in is only for administrators’ emergency access.',
  })
  ssoRequired!: boolean;
}

@Resolver()
export class SsoResolver {
  @Query(() => SignInOptions, {
    description:
      'How people sign in to a site, for the sign-in page. An unknown site gives the same answer ' +
      'as a site without single sign-on.',
  })
  async siteSignInOptions(
    @Arg('slug', () => String) slug: string,
    @Ctx() ctx: RequestContext,
  ): Promise<SignInOptions> {
    const normalized = slug.trim().toLowerCase();
    const site = normalized.length <= 63 ? await ctx.em.findOne(Site, { slug: normalized }) : null;
    const sso = site !== null && offersSso(site);
    return Object.assign(new SignInOptions(), {
      sso,
      ssoRequired: sso && site?.ssoMode === 'required',
    });
  }
}

@Resolver(() => SiteSettings)
export class SsoSettingsResolver {
  @FieldResolver(() => String, {
    description: 'The redirect URI to register at the identity provider.',
  })
  ssoCallbackUrl(@Ctx() ctx: RequestContext): string {
    return ssoCallbackUrl(ctx.config);
  }
}
