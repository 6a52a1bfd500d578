import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import type { Config } from '../core/config.js';
import type { RequestContext } from '../core/context.js';
import { PUBLIC_ERROR_CODES } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { armor, oneLoginPerRequest } from './limits.js';
import { buildSchemaWithShield } from './schema.js';

export type HoraeContext = RequestContext;

/** Marks the request for rollback when anything unexpected happened during execution. */
const rollbackOnInternalError: ApolloServerPlugin<HoraeContext> = {
  requestDidStart() {
    return Promise.resolve({
      didEncounterErrors({ contextValue, errors }) {
        for (const error of errors) {
          const code = error.extensions?.code;
          if (typeof code !== 'string' || !PUBLIC_ERROR_CODES.has(code)) {
            contextValue.outcome.internalError = true;
            contextValue.logger.error(
              {
                err: error.originalError ?? error,
                path: error.path,
                requestId: contextValue.requestId,
              },
              'internal error while executing GraphQL',
            );
          }
        }
        return Promise.resolve();
      },
    });
  },
};

export async function createApollo(config: Config, logger: Logger) {
  const schema = await buildSchemaWithShield();
  const protection = armor();
  const server = new ApolloServer<HoraeContext>({
    schema,
    ...protection,
    validationRules: [...protection.validationRules, oneLoginPerRequest],
    // armor's plugin types come from Apollo's CJS build; they are the same plugins.
    plugins: [
      ...(protection.plugins as ApolloServerPlugin<HoraeContext>[]),
      rollbackOnInternalError,
    ],
    introspection: config.env !== 'production',
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    logger: {
      debug: m => logger.debug(m),
      info: m => logger.info(m),
      warn: m => logger.warn(m),
      error: m => logger.error(m),
    },
    formatError: (formatted: GraphQLFormattedError): GraphQLFormattedError => {
      const code = formatted.extensions?.code;
      if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
        const { stacktrace: _ignored, ...extensions } = formatted.extensions ?? {};
        return { ...formatted, extensions };
      }
      return {
        message: 'Something went wrong on our side. The request was not applied; try again.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'INTERNAL_SERVER_ERROR' },
      };
    },
  });
  await server.start();
  return server;
}
