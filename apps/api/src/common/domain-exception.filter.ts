import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { JsonResponse } from './request-context';
import { GraphQLError } from 'graphql';
import { QueryFailedError } from 'typeorm';
import { CommonErrorCode, DomainException } from './domain.exception';

// The one place errors become responses. Domain codes go to GraphQL `extensions.code` (and an HTTP status for
// REST endpoints); database constraint errors that escaped a service become CONFLICT/BAD_USER_INPUT instead of
// leaking SQL; anything else is logged and answered with a generic INTERNAL_SERVER_ERROR.

@Catch()
export class DomainExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('Errors');

  catch(exception: unknown, host: ArgumentsHost): unknown {
    const domain = this.toDomain(exception);
    if (host.getType<string>() === 'graphql') {
      if (domain) return new GraphQLError(domain.message, { extensions: { ...domain.details, code: domain.code } });
      if (exception instanceof GraphQLError) return exception;
      if (exception instanceof HttpException) {
        const code = exception.getStatus() < 500 ? CommonErrorCode.BadUserInput : 'INTERNAL_SERVER_ERROR';
        return new GraphQLError(exception.message, { extensions: { code } });
      }
      return new GraphQLError('internal error', { extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    }
    const response = host.switchToHttp().getResponse<JsonResponse>();
    if (domain) {
      response.status(domain.httpStatus).json({ error: { code: domain.code, message: domain.message, ...domain.details } });
    } else if (exception instanceof HttpException) {
      response.status(exception.getStatus()).json({ error: { code: `HTTP_${exception.getStatus()}`, message: exception.message } });
    } else {
      response.status(500).json({ error: { code: 'INTERNAL_SERVER_ERROR', message: 'internal error' } });
    }
    return undefined;
  }

  private toDomain(exception: unknown): DomainException | undefined {
    if (exception instanceof DomainException) return exception;
    if (exception instanceof QueryFailedError) {
      const code = (exception.driverError as { code?: string } | undefined)?.code;
      if (code === '23505') return new DomainException(CommonErrorCode.Conflict, 'this value is already taken');
      if (code === '23503') return new DomainException(CommonErrorCode.Conflict, 'other data still refers to this');
      if (code === '23514' || code === '22P02' || code === '22007' || code === '22008') {
        return new DomainException(CommonErrorCode.BadUserInput, 'a value is out of range or malformed');
      }
    }
    if (!(exception instanceof HttpException) && !(exception instanceof GraphQLError)) {
      this.logger.error(exception instanceof Error ? (exception.stack ?? exception.message) : String(exception));
    }
    return undefined;
  }
}
