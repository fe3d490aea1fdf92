import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: the transactional outbox. Every change that matters writes an `events` row in the transaction
// that makes it, so an event exists exactly when its change committed. Triggers write the rows, so every
// path (the checkout and order functions, catalogue writes, scripts) is covered without an extra round
// trip. `txid` ties the rows to their transaction: `events_in_tx()` hands a statement's events back to
// the Worker in the same round trip, which then enqueues their ids after the commit.

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    `create table events (
      id text primary key default ('evt_' || replace(gen_random_uuid()::text, '-', '')),
      seq bigint generated always as identity unique,
      type text not null check (type ~ '^[a-z_]+(\\.[a-z_]+)+$'),
      subject_type text not null,
      subject_id text not null,
      data jsonb not null check (jsonb_typeof(data) = 'object'),
      txid bigint not null default txid_current(),
      -- One event of a kind per subject and transaction where a change can be reported twice.
      dedupe_key text,
      created_at timestamptz not null default now(),
      dispatched_at timestamptz,
      swept_at timestamptz
    )`,
    `create index events_txid_idx on events (txid)`,
    `create index events_undispatched_idx on events (created_at) where dispatched_at is null`,
    `create index events_subject_idx on events (subject_type, subject_id, seq)`,
    `create unique index events_dedupe_key on events (dedupe_key) where dedupe_key is not null`,

    `create function emit_event(p_type text, p_subject_type text, p_subject_id text, p_data jsonb, p_dedupe boolean default false)
     returns void language sql volatile as $$
      insert into events (type, subject_type, subject_id, data, dedupe_key)
      values (p_type, p_subject_type, p_subject_id, p_data,
              case when p_dedupe then p_type || ':' || p_subject_id || ':' || txid_current() end)
      on conflict (dedupe_key) where dedupe_key is not null do nothing
    $$`,

    // The events this transaction has written so far, oldest first. Volatile, so it sees rows written
    // earlier in the same statement (by a function called before it) or batch. A transaction that has
    // written nothing has no transaction id yet, and is not given one.
    `create function events_in_tx() returns jsonb language sql volatile as $$
      select coalesce(jsonb_agg(jsonb_build_object('id', id, 'type', type, 'subject_id', subject_id, 'data', data,
        'created_at', created_at) order by seq), '[]'::jsonb)
      from events where txid = txid_current_if_assigned()
    $$`,

    // Orders: derived from order_events, the history every order change already appends to (status and
    // payment rows, whichever function or provider writes them).
    `create function order_events_emit() returns trigger language plpgsql as $$
    declare
      v_subject text := new.order_id::text;
      v_kind text := new.data->>'transaction_kind';
      v_data jsonb := jsonb_build_object('order', order_snapshot(new.order_id), 'change', jsonb_build_object(
        'order_event_id', new.id, 'kind', new.kind, 'from_status', new.from_status, 'to_status', new.to_status,
        'note', new.note, 'actor_user_id', new.actor_user_id, 'details', coalesce(new.data, '{}'::jsonb)));
    begin
      if new.kind = 'status' then
        if new.from_status is null then
          perform emit_event('order.created', 'order', v_subject, v_data);
          return null;
        end if;
        perform emit_event('order.status_changed', 'order', v_subject, v_data);
        case new.to_status
          when 'shipped' then perform emit_event('order.shipped', 'order', v_subject, v_data);
          when 'delivered' then perform emit_event('order.delivered', 'order', v_subject, v_data);
          when 'cancelled' then perform emit_event('order.cancelled', 'order', v_subject, v_data);
          -- A refund recorded as a payment writes its own row first; one order.refunded per transaction.
          when 'refunded' then perform emit_event('order.refunded', 'order', v_subject, v_data, true);
          else null;
        end case;
      elsif new.kind = 'payment' then
        if v_kind = 'failure' or new.to_status = 'failed' then
          perform emit_event('payment.failed', 'order', v_subject, v_data);
        elsif v_kind = 'refund' or (new.to_status = 'refunded' and new.from_status is distinct from 'refunded') then
          perform emit_event('order.refunded', 'order', v_subject, v_data, true);
        elsif new.to_status = 'paid' and new.from_status is distinct from 'paid' then
          perform emit_event('order.paid', 'order', v_subject, v_data);
        end if;
      end if;
      return null;
    end $$`,
    `create trigger order_events_emit after insert on order_events for each row execute function order_events_emit()`,

    `create function customer_created_emit() returns trigger language plpgsql as $$
    begin
      perform emit_event('customer.created', 'customer', new.id::text, jsonb_build_object('customer', jsonb_build_object(
        'id', new.id, 'email', new.email, 'first_name', new.first_name, 'last_name', new.last_name, 'created_at', new.created_at)));
      return null;
    end $$`,
    `create trigger users_customer_created after insert on users for each row execute function customer_created_emit()`,

    // What a product event carries: the product as the catalogue shows it, money in minor units.
    `create function product_event_data(p products) returns jsonb language sql stable as $$
      select jsonb_build_object('product', jsonb_build_object(
        'id', p.id, 'sku', p.sku, 'slug', p.slug, 'name', p.name, 'price_cents', p.price_cents,
        'compare_at_price_cents', p.compare_at_price_cents, 'currency', p.currency, 'category', p.category,
        'brand', p.brand, 'stock_quantity', p.stock_quantity, 'is_active', p.is_active, 'has_variants', p.has_variants,
        'updated_at', p.updated_at, 'deleted_at', p.deleted_at))
    $$`,
    // Set-based, so a bulk import writes its events in one insert.
    `create function products_created_emit() returns trigger language plpgsql as $$
    begin
      insert into events (type, subject_type, subject_id, data)
      select 'product.created', 'product', n.id::text, product_event_data(n) from inserted n order by n.id;
      return null;
    end $$`,
    `create trigger products_created_emit after insert on products referencing new table as inserted
      for each statement execute function products_created_emit()`,

    // Stock levels, the variants' mirror and the version counter change on every sale or touch: they are
    // not a product update (stock has inventory.low). A soft delete is product.deleted.
    `create function products_changed_emit() returns trigger language plpgsql as $$
    declare
      v_ignored text[] := array['stock_quantity', 'has_variants', 'updated_at', 'version', 'search_vector'];
    begin
      if tg_op = 'DELETE' then
        if old.deleted_at is null then perform emit_event('product.deleted', 'product', old.id::text, product_event_data(old)); end if;
        return null;
      end if;
      if old.deleted_at is null and new.deleted_at is not null then
        perform emit_event('product.deleted', 'product', new.id::text, product_event_data(new));
      elsif (to_jsonb(old) - v_ignored) is distinct from (to_jsonb(new) - v_ignored) then
        perform emit_event('product.updated', 'product', new.id::text, product_event_data(new), true);
      end if;
      if not new.has_variants and old.stock_quantity >= new.low_stock_threshold and new.stock_quantity < new.low_stock_threshold then
        perform emit_event('inventory.low', 'product', new.id::text, jsonb_build_object(
          'product_id', new.id, 'variant_id', null, 'sku', new.sku, 'name', new.name,
          'stock_quantity', new.stock_quantity, 'threshold', new.low_stock_threshold));
      end if;
      return null;
    end $$`,
    `create trigger products_changed_emit after update or delete on products for each row execute function products_changed_emit()`,

    // Variants: a variant's own edit is an update of its product; its stock has the product's threshold.
    `create function variants_changed_emit() returns trigger language plpgsql as $$
    declare
      v_ignored text[] := array['stock_quantity', 'updated_at'];
      v_product products;
    begin
      select * into v_product from products where id = coalesce(new.product_id, old.product_id);
      if v_product.id is null then return null; end if;
      if tg_op <> 'UPDATE' or (to_jsonb(old) - v_ignored) is distinct from (to_jsonb(new) - v_ignored) then
        perform emit_event('product.updated', 'product', v_product.id::text, product_event_data(v_product), true);
      end if;
      if tg_op = 'UPDATE' and old.stock_quantity >= v_product.low_stock_threshold and new.stock_quantity < v_product.low_stock_threshold then
        perform emit_event('inventory.low', 'variant', new.id::text, jsonb_build_object(
          'product_id', v_product.id, 'variant_id', new.id, 'sku', new.sku, 'name', v_product.name || ' — ' || new.name,
          'stock_quantity', new.stock_quantity, 'threshold', v_product.low_stock_threshold));
      end if;
      return null;
    end $$`,
    `create trigger variants_changed_emit after insert or update or delete on product_variants
      for each row execute function variants_changed_emit()`,
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    'drop trigger variants_changed_emit on product_variants',
    'drop function variants_changed_emit()',
    'drop trigger products_changed_emit on products',
    'drop function products_changed_emit()',
    'drop trigger products_created_emit on products',
    'drop function products_created_emit()',
    'drop function product_event_data(products)',
    'drop trigger users_customer_created on users',
    'drop function customer_created_emit()',
    'drop trigger order_events_emit on order_events',
    'drop function order_events_emit()',
    'drop function events_in_tx()',
    'drop function emit_event(text, text, text, jsonb, boolean)',
    'drop table events',
  ]);
}
