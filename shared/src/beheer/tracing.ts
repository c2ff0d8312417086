import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import type express from 'express';

export interface Tracing {
  /** Sends what is still buffered and turns tracing off again. */
  stop(): Promise<void>;
}

/**
 * Traces this process over OTLP/HTTP when `OTEL_EXPORTER_OTLP_ENDPOINT` (or `…_TRACES_ENDPOINT`) is set;
 * otherwise nothing is set up and nothing calls out. Registers W3C trace context as the propagator, so
 * the gateway's fetches carry `traceparent` and the subgraphs' spans become children of the gateway's.
 */
export function startTracing(service: string): Tracing | undefined {
  if (!process.env.OTEL_EXPORTER_OTLP_ENDPOINT && !process.env.OTEL_EXPORTER_OTLP_TRACES_ENDPOINT) return undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': process.env.OTEL_SERVICE_NAME ?? service }),
    spanProcessors: [new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  provider.register();
  return {
    stop: async () => {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/**
 * One server span per HTTP request, child of the caller's `traceparent`, active while the request is
 * handled. Named by the path's first segment only: later segments and query strings can carry ids.
 */
export function traceerVerzoeken(service: string): express.RequestHandler {
  const tracer = trace.getTracer(service);
  return (req, res, next) => {
    const ouder = propagation.extract(context.active(), req.headers);
    const route = `/${req.path.split('/')[1] ?? ''}`;
    const span = tracer.startSpan(`${req.method} ${route}`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': req.method, 'http.route': route } }, ouder);
    res.once('finish', () => {
      span.setAttribute('http.response.status_code', res.statusCode);
      if (res.statusCode >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    });
    context.with(trace.setSpan(ouder, span), next);
  };
}

/** Adds the active trace context (`traceparent`) to the headers of an outgoing call; nothing when tracing is off. */
export function metTraceContext(headers: Record<string, string>): Record<string, string> {
  const uit = { ...headers };
  propagation.inject(context.active(), uit);
  return uit;
}
