import type { Kysely } from 'kysely';
import { runStatements } from './statements';

// Frozen: store operations. Roles (customer, staff, admin) with is_admin kept in step for older code;
// the session check learns roles and, for staff and admin, names the actor of the transaction
// (app.actor), which the audit triggers and the inventory ledger read. The inventory ledger is written by
// triggers on the stock columns, so every path that changes stock (checkout, cancellation, variant and
// product edits, adjustments) records its movement in the same transaction; the reason comes from
// app.stock_reason when the writer sets one, else from the SQL function that changed the stock. The
// ledger is append-only: the one update allowed links a movement of the current transaction to the order
// whose first event that transaction writes. Discounts gain a per-customer limit, enforced when an order
// is inserted (the checkout holds the discount's lock by then, so two checkouts cannot both pass).

const AUDITED: [string, string[]][] = [
  ['users', ['id']],
  ['products', ['id']],
  ['product_variants', ['id']],
  ['orders', ['id']],
  ['discounts', ['id']],
  ['shipping_methods', ['code']],
  ['tax_rates', ['id']],
  ['webhook_endpoints', ['id']],
];

export async function up(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    // Roles.
    `alter table users add column role text not null default 'customer' check (role in ('customer', 'staff', 'admin'))`,
    `update users set role = 'admin' where is_admin`,
    `create function users_sync_role() returns trigger language plpgsql as $$
    begin
      if tg_op = 'INSERT' then
        if new.role = 'customer' and new.is_admin then new.role := 'admin'; end if;
      elsif new.role is distinct from old.role then
        null;
      elsif new.is_admin is distinct from old.is_admin then
        new.role := case when new.is_admin then 'admin' else 'customer' end;
      end if;
      new.is_admin := new.role = 'admin';
      return new;
    end $$`,
    `create trigger users_sync_role before insert or update of role, is_admin on users for each row execute function users_sync_role()`,
    `create index users_created_idx on users (created_at desc, id desc)`,
    `create index users_role_idx on users (role, created_at desc, id desc) where role <> 'customer'`,
    `create index users_email_prefix_idx on users (lower(email) text_pattern_ops)`,
    `create index users_first_name_prefix_idx on users (lower(first_name) text_pattern_ops)`,
    `create index users_last_name_prefix_idx on users (lower(last_name) text_pattern_ops)`,

    // Staff and admin sessions name the actor for the rest of the transaction.
    `create function auth_session_check(p_user integer, p_session uuid, p_role text, p_request text) returns void language plpgsql as $$
    begin
      perform 1 from users u
        where u.id = p_user and u.is_active and u.role = p_role
          and exists (select 1 from refresh_tokens t
            where t.family_id = p_session and t.user_id = p_user and t.revoked_at is null and t.expires_at > now());
      if not found then
        perform app_raise('unauthenticated', 'The session has ended or the account changed; sign in again');
      end if;
      if p_role <> 'customer' then
        perform set_config('app.actor', p_user::text, true), set_config('app.actor_role', p_role, true),
          set_config('app.request_id', coalesce(p_request, ''), true);
      end if;
    end $$`,

    // Admin order lists: every filter and sort has its index.
    `create index orders_created_idx on orders (created_at desc, id desc)`,
    `create index orders_total_idx on orders (total_amount_cents desc, id desc)`,
    `create index orders_status_created_idx on orders (status, created_at desc, id desc)`,
    `create index orders_payment_created_idx on orders (payment_status, created_at desc, id desc)`,
    `create index orders_fulfillment_created_idx on orders (fulfillment_status, created_at desc, id desc)`,
    `create index orders_email_idx on orders (lower(email), created_at desc, id desc)`,
    `create index orders_discount_idx on orders (discount_code, user_id) where discount_code is not null`,

    // Discounts: a per-customer limit, counted over the customer's orders (by account or email) that were not cancelled.
    `alter table discounts add column per_customer_limit integer check (per_customer_limit > 0)`,
    `create function orders_check_customer_limit() returns trigger language plpgsql as $$
    declare v_limit integer;
    begin
      if new.discount_code is null then return new; end if;
      select per_customer_limit into v_limit from discounts where code = new.discount_code;
      if v_limit is not null and (select count(*) from orders o
          where o.discount_code = new.discount_code and o.status <> 'cancelled'
            and (o.user_id = new.user_id or lower(o.email) = lower(new.email))) >= v_limit then
        perform app_raise('discount_invalid', 'This discount code has been used as often as one customer may use it',
          jsonb_build_object('reason', 'per_customer_limit'));
      end if;
      return new;
    end $$`,
    `create trigger orders_check_customer_limit before insert on orders for each row execute function orders_check_customer_limit()`,

    // The inventory ledger.
    `create table inventory_movements (
      id bigint generated always as identity primary key,
      product_id integer not null,
      variant_id integer,
      delta integer not null check (delta <> 0 or reason = 'recount'),
      stock_after integer not null,
      reason text not null check (reason in ('initial', 'sale', 'cancel', 'refund', 'received', 'damaged', 'correction', 'recount', 'edit')),
      note text,
      actor_user_id integer,
      order_id integer,
      txid xid8 not null default pg_current_xact_id(),
      created_at timestamptz not null default now()
    )`,
    `create index inventory_movements_item_idx on inventory_movements (product_id, variant_id, id desc)`,
    `create index inventory_movements_order_idx on inventory_movements (order_id) where order_id is not null`,
    `create index inventory_movements_unlinked_idx on inventory_movements (txid) where order_id is null`,
    `create function inventory_record(p_product integer, p_variant integer, p_delta integer, p_after integer, p_op text)
    returns void language plpgsql as $$
    declare
      v_reason text := nullif(current_setting('app.stock_reason', true), '');
      v_context text;
    begin
      if v_reason is null then
        get diagnostics v_context = pg_context;
        v_reason := case
          when v_context like '%function checkout_place_order(%' then 'sale'
          when v_context like '%function order_set_status(%' then 'cancel'
          when v_context like '%function order_record_payment(%' then 'refund'
          when v_context like '%function payment_apply(%' then 'refund'
          when p_op = 'INSERT' then 'initial'
          else 'edit' end;
      end if;
      insert into inventory_movements (product_id, variant_id, delta, stock_after, reason, note, actor_user_id)
      values (p_product, p_variant, p_delta, p_after, v_reason, nullif(current_setting('app.stock_note', true), ''),
        nullif(current_setting('app.actor', true), '')::integer);
    end $$`,
    // A product with variants holds none of its own: its stock_quantity is their sum (migration 0003).
    `create function inventory_log_product() returns trigger language plpgsql as $$
    declare
      v_old integer := case when tg_op = 'INSERT' or old.has_variants then 0 else old.stock_quantity end;
      v_new integer := case when new.has_variants then 0 else new.stock_quantity end;
    begin
      if v_new <> v_old then perform inventory_record(new.id, null, v_new - v_old, v_new, tg_op); end if;
      return null;
    end $$`,
    `create trigger products_inventory_ledger after insert or update of stock_quantity, has_variants on products
      for each row execute function inventory_log_product()`,
    `create function inventory_log_variant() returns trigger language plpgsql as $$
    declare
      v_old integer := case when tg_op = 'INSERT' then 0 else old.stock_quantity end;
      v_new integer := case when tg_op = 'DELETE' then 0 else new.stock_quantity end;
    begin
      if v_new <> v_old then
        perform inventory_record(coalesce(new.product_id, old.product_id), coalesce(new.id, old.id), v_new - v_old, v_new, tg_op);
      end if;
      return null;
    end $$`,
    `create trigger product_variants_inventory_ledger after insert or delete or update of stock_quantity on product_variants
      for each row execute function inventory_log_variant()`,
    // An order's first event links the movements its transaction made (checkout, cancellation) to it.
    `create function inventory_link_order() returns trigger language plpgsql as $$
    begin
      update inventory_movements set order_id = new.order_id, actor_user_id = coalesce(actor_user_id, new.actor_user_id)
      where txid = pg_current_xact_id() and order_id is null and reason in ('sale', 'cancel', 'refund');
      return null;
    end $$`,
    `create trigger order_events_inventory_link after insert on order_events for each row execute function inventory_link_order()`,
    `create function inventory_append_only() returns trigger language plpgsql as $$
    begin
      if tg_op = 'UPDATE' and old.order_id is null and old.txid = pg_current_xact_id()
         and (new.product_id, new.variant_id, new.delta, new.stock_after, new.reason, new.note, new.txid, new.created_at)
             is not distinct from (old.product_id, old.variant_id, old.delta, old.stock_after, old.reason, old.note, old.txid, old.created_at) then
        return new;
      end if;
      raise exception 'inventory_movements is append-only';
    end $$`,
    `create trigger inventory_movements_append_only before update or delete on inventory_movements
      for each row execute function inventory_append_only()`,
    `insert into inventory_movements (product_id, variant_id, delta, stock_after, reason)
      select id, null, stock_quantity, stock_quantity, 'initial' from products where not has_variants and stock_quantity <> 0
      union all
      select product_id, id, stock_quantity, stock_quantity, 'initial' from product_variants where stock_quantity <> 0`,
    `create index products_low_stock_idx on products (stock_quantity, id) where deleted_at is null and not has_variants`,

    // The audit log: every write made by a staff or admin session, with the fields it changed.
    `create table audit_log (
      id bigint generated always as identity primary key,
      actor_user_id integer not null,
      actor_role text not null,
      request_id text,
      action text not null check (action in ('insert', 'update', 'delete')),
      entity_type text not null,
      entity_id text not null,
      before jsonb,
      after jsonb,
      created_at timestamptz not null default now()
    )`,
    `create index audit_log_entity_idx on audit_log (entity_type, entity_id, id desc)`,
    `create index audit_log_type_idx on audit_log (entity_type, id desc)`,
    `create index audit_log_actor_idx on audit_log (actor_user_id, id desc)`,
    `create index audit_log_created_idx on audit_log (created_at, id)`,
    `create function audit_row() returns trigger language plpgsql as $$
    declare
      v_actor text := nullif(current_setting('app.actor', true), '');
      v_hidden text[] := array['password_hash', 'verification_token_hash', 'secret_sealed', 'previous_secret_sealed',
        'token_hash', 'search_vector', 'updated_at', 'version', 'prices'];
      v_old jsonb;
      v_new jsonb;
      v_before jsonb := '{}';
      v_after jsonb := '{}';
      v_id text;
      k text;
    begin
      if v_actor is null then return null; end if;
      if tg_op <> 'INSERT' then v_old := to_jsonb(old) - v_hidden; end if;
      if tg_op <> 'DELETE' then v_new := to_jsonb(new) - v_hidden; end if;
      if tg_op = 'UPDATE' then
        for k in select jsonb_object_keys(v_new) loop
          if v_new->k is distinct from v_old->k then
            v_before := v_before || jsonb_build_object(k, v_old->k);
            v_after := v_after || jsonb_build_object(k, v_new->k);
          end if;
        end loop;
        if v_after = '{}' then return null; end if;
      else
        v_before := v_old;
        v_after := v_new;
      end if;
      select string_agg(coalesce(v_new, v_old)->>a, ':') into v_id from unnest(tg_argv) a;
      insert into audit_log (actor_user_id, actor_role, request_id, action, entity_type, entity_id, before, after)
      values (v_actor::integer, coalesce(nullif(current_setting('app.actor_role', true), ''), 'admin'),
        nullif(current_setting('app.request_id', true), ''), lower(tg_op), tg_table_name, v_id, v_before, v_after);
      return null;
    end $$`,
    ...AUDITED.map(
      ([table, key]) =>
        `create trigger ${table}_audit after insert or update or delete on ${table} for each row execute function audit_row(${key.map((k) => `'${k}'`).join(', ')})`,
    ),
  ]);
}

export async function down(db: Kysely<any>): Promise<void> {
  await runStatements(db, [
    ...AUDITED.map(([table]) => `drop trigger ${table}_audit on ${table}`),
    'drop function audit_row()',
    'drop table audit_log',
    'drop index products_low_stock_idx',
    'drop trigger order_events_inventory_link on order_events',
    'drop function inventory_link_order()',
    'drop trigger product_variants_inventory_ledger on product_variants',
    'drop function inventory_log_variant()',
    'drop trigger products_inventory_ledger on products',
    'drop function inventory_log_product()',
    'drop function inventory_record(integer, integer, integer, integer, text)',
    'drop table inventory_movements',
    'drop function inventory_append_only()',
    'drop trigger orders_check_customer_limit on orders',
    'drop function orders_check_customer_limit()',
    'alter table discounts drop column per_customer_limit',
    ...['orders_discount_idx', 'orders_email_idx', 'orders_fulfillment_created_idx', 'orders_payment_created_idx',
      'orders_status_created_idx', 'orders_total_idx', 'orders_created_idx'].map((i) => `drop index ${i}`),
    'drop function auth_session_check(integer, uuid, text, text)',
    ...['users_last_name_prefix_idx', 'users_first_name_prefix_idx', 'users_email_prefix_idx', 'users_role_idx', 'users_created_idx'].map(
      (i) => `drop index ${i}`,
    ),
    'drop trigger users_sync_role on users',
    'drop function users_sync_role()',
    `update users set is_admin = (role = 'admin')`,
    'alter table users drop column role',
  ]);
}
