import type { Kysely } from 'kysely';
import { paymentApply } from './sql/0014_payment_apply';
import { runStatements } from './statements';

// Frozen: payments. An append-only ledger of what the provider (or an admin, for the manual provider)
// reports, from which the order's payment_status, payment_id and amounts are derived in the statement
// that appends (payment_apply); the provider's event ids, kept once each; the PaymentIntent of a card
// order, with the client secret kept out of the order row (order snapshots go to mail and webhooks).

const PREVIOUS_RECORD_PAYMENT = `create or replace function order_record_payment(p jsonb) returns jsonb language plpgsql as $$
    declare
      o orders;
      v_to text := p->>'payment_status';
      v_allowed jsonb;
      v_status text;
    begin
      select * into o from orders where id = (p->>'order_id')::integer for update;
      if o.id is null then perform app_raise('not_found', 'Order not found'); end if;
      select coalesce(jsonb_agg(t->>'to' order by n), '[]'::jsonb) into v_allowed
      from jsonb_array_elements(p->'transitions') with ordinality as x(t, n) where t->>'from' = o.payment_status;
      if not v_allowed ? v_to then
        perform app_raise('invalid_transition', format('A payment cannot go from %s to %s', o.payment_status, v_to),
          jsonb_build_object('from', o.payment_status, 'to', v_to, 'allowed', v_allowed));
      end if;
      v_status := o.status;
      if v_to = 'refunded' then
        if o.status not in ('delivered', 'cancelled') then
          perform app_raise('invalid_transition', format('Cancel the %s order before refunding its payment', o.status),
            jsonb_build_object('from', o.payment_status, 'to', v_to, 'allowed', '[]'::jsonb, 'order_status', o.status));
        end if;
        v_status := 'refunded';
      end if;
      update orders set
        payment_status = v_to,
        payment_id = p->>'payment_id',
        paid_at = case when v_to = 'paid' then now() else paid_at end,
        status = v_status,
        fulfillment_status = case when v_status = 'refunded' and o.status = 'delivered' then 'returned' else fulfillment_status end
      where id = o.id;
      insert into order_events (order_id, actor_user_id, from_status, to_status, note, kind, data)
      values (o.id, (p->>'actor_user_id')::integer, o.payment_status, v_to, nullif(p->>'note', ''), 'payment',
              jsonb_build_object('payment_id', p->>'payment_id'));
      if v_status <> o.status then
        insert into order_events (order_id, actor_user_id, from_status, to_status, note, kind)
        values (o.id, (p->>'actor_user_id')::integer, o.status, v_status, 'Payment refunded', 'status');
      end if;
      return jsonb_build_object('order', order_snapshot(o.id), 'previous_status', o.status,
                                'previous_payment_status', o.payment_status);
    end $$`;

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `alter table orders
      add column payment_provider text check (payment_provider in ('stripe', 'manual')),
      add column payment_intent_id text,
      add column amount_authorized_cents bigint not null default 0 check (amount_authorized_cents >= 0),
      add column amount_captured_cents bigint not null default 0 check (amount_captured_cents >= 0),
      add column amount_refunded_cents bigint not null default 0 check (amount_refunded_cents >= 0),
      add column restocked_at timestamptz`,
    // Orders from before the ledger: what was recorded by hand is the manual provider's.
    `update orders set payment_provider = 'manual', amount_captured_cents = case when payment_status in ('paid', 'refunded') then total_amount_cents else 0 end,
      amount_refunded_cents = case when payment_status = 'refunded' then total_amount_cents else 0 end where payment_status <> 'pending'`,
    // The unpaid-order sweep reads card orders still pending, oldest first.
    `create index orders_unpaid_idx on orders (created_at) where status = 'pending' and payment_provider = 'stripe'`,

    `create table payment_transactions (
      id bigint generated always as identity primary key,
      order_id integer not null references orders (id),
      provider text not null check (provider in ('stripe', 'manual')),
      kind text not null check (kind in ('authorize', 'capture', 'refund', 'void', 'failure')),
      amount_cents bigint not null check (amount_cents >= 0),
      currency char(3) not null,
      reference text not null,
      event_id text,
      note text,
      actor_user_id integer references users (id) on delete set null,
      created_at timestamptz not null default now()
    )`,
    // One fact per provider reference: a capture seen in an API answer and again in its webhook counts once.
    `create unique index payment_transactions_fact_key on payment_transactions (order_id, provider, kind, reference) where kind <> 'failure'`,
    `create index payment_transactions_order_idx on payment_transactions (order_id, id)`,
    `create function payment_transactions_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'payment_transactions is append-only' using errcode = 'EC001';
    end $$`,
    `create trigger payment_transactions_append_only before update or delete on payment_transactions
      for each row execute function payment_transactions_append_only()`,

    `create table stripe_events (
      id text primary key,
      type text not null,
      received_at timestamptz not null default now()
    )`,

    `create table payment_intents (
      order_id integer primary key references orders (id),
      provider text not null default 'stripe',
      intent_id text not null unique,
      client_secret text not null,
      status text not null,
      status_at bigint not null default 0,
      capture_method text not null,
      amount_cents bigint not null check (amount_cents >= 0),
      currency char(3) not null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`,

    // Keeps the first intent of an order (a retry that made a second one is told which to use).
    `create function payment_intent_save(p jsonb) returns jsonb language plpgsql as $$
    declare
      v payment_intents;
    begin
      insert into payment_intents (order_id, intent_id, client_secret, status, status_at, capture_method, amount_cents, currency)
      values ((p->>'order_id')::integer, p->>'intent_id', p->>'client_secret', p->>'status', (p->>'at')::bigint, p->>'capture_method',
              (p->>'amount_cents')::bigint, upper(p->>'currency'))
      on conflict (order_id) do nothing;
      select * into v from payment_intents where order_id = (p->>'order_id')::integer;
      update orders set payment_provider = 'stripe', payment_intent_id = v.intent_id
      where id = v.order_id and payment_intent_id is distinct from v.intent_id;
      return to_jsonb(v);
    end $$`,

    paymentApply,

    // The manual provider (PUT /api/orders/{id}/payment): the same checks as before, now written to the ledger.
    `create or replace function order_record_payment(p jsonb) returns jsonb language plpgsql as $$
    declare
      o orders;
      v_to text := p->>'payment_status';
      v_allowed jsonb;
    begin
      select * into o from orders where id = (p->>'order_id')::integer for update;
      if o.id is null then perform app_raise('not_found', 'Order not found'); end if;
      select coalesce(jsonb_agg(t->>'to' order by n), '[]'::jsonb) into v_allowed
      from jsonb_array_elements(p->'transitions') with ordinality as x(t, n) where t->>'from' = o.payment_status;
      if not v_allowed ? v_to then
        perform app_raise('invalid_transition', format('A payment cannot go from %s to %s', o.payment_status, v_to),
          jsonb_build_object('from', o.payment_status, 'to', v_to, 'allowed', v_allowed));
      end if;
      if v_to = 'refunded' and o.status not in ('delivered', 'cancelled') then
        perform app_raise('invalid_transition', format('Cancel the %s order before refunding its payment', o.status),
          jsonb_build_object('from', o.payment_status, 'to', v_to, 'allowed', '[]'::jsonb, 'order_status', o.status));
      end if;
      return payment_apply(jsonb_build_object('provider', 'manual', 'order_id', o.id, 'actor_user_id', p->'actor_user_id',
        'note', p->>'note', 'order_transitions', p->'order_transitions',
        'facts', jsonb_build_array(jsonb_build_object('reference', p->>'payment_id',
          'kind', case v_to when 'authorized' then 'authorize' when 'paid' then 'capture' else 'refund' end,
          'amount_cents', case v_to when 'authorized' then o.total_amount_cents
            when 'paid' then greatest(o.total_amount_cents - o.amount_captured_cents, 0)
            else greatest(o.amount_captured_cents - o.amount_refunded_cents, 0) end))));
    end $$`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    PREVIOUS_RECORD_PAYMENT,
    'drop function payment_apply(jsonb)',
    'drop function payment_intent_save(jsonb)',
    'drop table payment_intents',
    'drop table stripe_events',
    'drop trigger payment_transactions_append_only on payment_transactions',
    'drop function payment_transactions_append_only()',
    'drop table payment_transactions',
    'drop index orders_unpaid_idx',
    `alter table orders drop column restocked_at, drop column amount_refunded_cents, drop column amount_captured_cents,
      drop column amount_authorized_cents, drop column payment_intent_id, drop column payment_provider`,
  ]);
}
