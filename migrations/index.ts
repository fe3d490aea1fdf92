import type { Migration } from 'kysely/migration';
import * as m0001 from './0001_core';
import * as m0002 from './0002_auth';
import * as m0003 from './0003_catalog';
import * as m0004 from './0004_search';
import * as m0005 from './0005_checkout';
import * as m0006 from './0006_orders';
import * as m0012a from './0012_a_events';
import * as m0012b from './0012_b_deliveries';
import * as m0018 from './0018_markets';
import * as m0018b from './0018_markets_checkout';
import * as m0013 from './0013_sessions';
import * as m0014 from './0014_payments';
import * as m0017 from './0017_store_operations';
import * as m0017b from './0017_b_analytics';
import * as m0016 from './0016_categories';
import * as m0016s from './0016_suggest';
import * as m0015 from './0015_catalog_stock';
import * as m0021f from './0021_facets';
import * as m0021c from './0021_category_slugs';
import * as m0020 from './0020_collections';
import * as m0022a from './0022_a_money_settings_audit';
import * as m0022b from './0022_b_product_sales_move';
import * as m0022c from './0022_c_product_sales_periods';
import * as m0024a from './0024_a_search_rollups';
import * as m0025a from './0025_a_search_indexing_usage';
import * as m0026f from './0026_f_facet_cell_amounts';
import * as m0026g from './0026_g_facet_products';
import * as m0026h from './0026_h_search_index_no_pending_list';
import * as m0027a from './0027_a_facet_products_kind';
import * as m0027b from './0027_b_sales_rollups_serial';

/** Every migration, by name; names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '0001_core': m0001,
  '0002_auth': m0002,
  '0003_catalog': m0003,
  '0004_search': m0004,
  '0005_checkout': m0005,
  '0006_orders': m0006,
  '0012_a_events': m0012a,
  '0012_b_deliveries': m0012b,
  '0018_markets': m0018,
  '0018_markets_checkout': m0018b,
  '0013_sessions': m0013,
  '0014_payments': m0014,
  '0017_store_operations': m0017,
  '0017_b_analytics': m0017b,
  '0016_categories': m0016,
  '0016_suggest': m0016s,
  '0015_catalog_stock': m0015,
  '0021_facets': m0021f,
  '0021_category_slugs': m0021c,
  '0020_collections': m0020,
  '0022_a_money_settings_audit': m0022a,
  '0022_b_product_sales_move': m0022b,
  '0022_c_product_sales_periods': m0022c,
  '0024_a_search_rollups': m0024a,
  '0025_a_search_indexing_usage': m0025a,
  '0026_f_facet_cell_amounts': m0026f,
  '0026_g_facet_products': m0026g,
  '0026_h_search_index_no_pending_list': m0026h,
  '0027_a_facet_products_kind': m0027a,
  '0027_b_sales_rollups_serial': m0027b,
};
