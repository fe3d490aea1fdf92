import { createRoute } from '@hono/zod-openapi';
import { adminErrors, bodyErrors, errorResponse, jsonBody, jsonResponse } from '../../lib/openapi';
import { guardedBy } from '../../middleware/auth/guarded-by';
import { IdParam } from '../../schemas/common';
import { PageQuery } from '../../schemas/pagination';
import {
  CreatedWebhookEndpoint,
  DeliveryQuery,
  RotatedSecret,
  WebhookDelivery,
  WebhookDeliveryList,
  WebhookEndpoint,
  WebhookEndpointInput,
  WebhookEndpointList,
  WebhookEndpointUpdate,
} from '../../schemas/webhooks';

// Admin-only: every route here sits behind guardedBy('admin').
const tags = ['Webhooks (admin)'];
const admin = guardedBy('admin');
const notFound = errorResponse('No such endpoint (`not_found`)');
const badId = errorResponse('Bad id or query (`validation_failed`)');

export const createEndpoint = createRoute({
  method: 'post',
  path: '/api/admin/webhooks',
  tags,
  summary: 'Subscribe a URL to events; the answer shows its signing secret, once',
  description:
    'Deliveries are signed the Standard Webhooks way (`webhook-id`, `webhook-timestamp`, `webhook-signature`). The URL must ' +
    'be https on a public address in production; link-local and metadata targets are refused everywhere (422 naming `url`).',
  ...admin,
  request: jsonBody(WebhookEndpointInput),
  responses: {
    201: jsonResponse(CreatedWebhookEndpoint, 'The endpoint, with its secret'),
    ...bodyErrors,
    ...adminErrors,
    503: errorResponse('The URL could not be checked (DNS unavailable; `upstream_unavailable`)'),
  },
});

export const listEndpoints = createRoute({
  method: 'get',
  path: '/api/admin/webhooks',
  tags,
  summary: 'Webhook endpoints, newest first',
  ...admin,
  request: { query: PageQuery },
  responses: { 200: jsonResponse(WebhookEndpointList, 'A page of endpoints'), ...adminErrors, 400: errorResponse('Bad cursor (`invalid_cursor`)'), 422: badId },
});

export const getEndpoint = createRoute({
  method: 'get',
  path: '/api/admin/webhooks/{id}',
  tags,
  summary: 'One webhook endpoint',
  ...admin,
  request: { params: IdParam },
  responses: { 200: jsonResponse(WebhookEndpoint, 'The endpoint'), ...adminErrors, 404: notFound, 422: badId },
});

export const updateEndpoint = createRoute({
  method: 'put',
  path: '/api/admin/webhooks/{id}',
  tags,
  summary: 'Change an endpoint: url, topics, description, active',
  description: '`active: true` switches an endpoint on again after it was disabled for failing; pending deliveries of a switched-off endpoint are dead-lettered (replay them).',
  ...admin,
  request: { params: IdParam, ...jsonBody(WebhookEndpointUpdate) },
  responses: {
    200: jsonResponse(WebhookEndpoint, 'The endpoint after the change'),
    ...bodyErrors,
    ...adminErrors,
    404: notFound,
    503: errorResponse('The URL could not be checked (DNS unavailable; `upstream_unavailable`)'),
  },
});

export const deleteEndpoint = createRoute({
  method: 'delete',
  path: '/api/admin/webhooks/{id}',
  tags,
  summary: 'Delete an endpoint and its delivery log',
  ...admin,
  request: { params: IdParam },
  responses: { 204: { description: 'Deleted' }, ...adminErrors, 404: notFound, 422: badId },
});

export const rotateSecret = createRoute({
  method: 'post',
  path: '/api/admin/webhooks/{id}/rotate-secret',
  tags,
  summary: 'Replace the signing secret; the old one keeps signing for 24 hours',
  description: 'During the window every delivery carries both signatures, so receivers can switch secrets without missing one.',
  ...admin,
  request: { params: IdParam },
  responses: { 200: jsonResponse(RotatedSecret, 'The new secret, shown only now'), ...adminErrors, 404: notFound, 422: badId },
});

export const listDeliveries = createRoute({
  method: 'get',
  path: '/api/admin/webhooks/{id}/deliveries',
  tags,
  summary: "An endpoint's deliveries, newest first: status, attempts, answer and timing, next retry",
  ...admin,
  request: { params: IdParam, query: DeliveryQuery },
  responses: { 200: jsonResponse(WebhookDeliveryList, 'A page of deliveries'), ...adminErrors, 400: errorResponse('Bad cursor (`invalid_cursor`)'), 404: notFound, 422: badId },
});

export const replayDelivery = createRoute({
  method: 'post',
  path: '/api/admin/webhook-deliveries/{id}/replay',
  tags,
  summary: 'Send a delivery again (a dead one, or a pending one now), with the same webhook-id',
  ...admin,
  request: { params: IdParam },
  responses: {
    202: jsonResponse(WebhookDelivery, 'Queued: the delivery as it now stands'),
    ...adminErrors,
    404: errorResponse('No such delivery (`not_found`)'),
    409: errorResponse('Its endpoint is switched off, or an attempt is running right now (`conflict`)'),
    422: badId,
  },
});
