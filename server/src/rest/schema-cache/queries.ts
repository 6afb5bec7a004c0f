/**
 * Catalog queries for the schema cache. Each takes the exposed schemas as $1 (text[]).
 * Constraints are read from every schema: views in an exposed schema often sit on tables
 * in a private one, and their keys and foreign keys are inferred from those tables.
 */

export const relationsQuery = `
select n.nspname as schema, c.relname as name, c.relkind::text as kind,
  obj_description(c.oid, 'pg_class') as description,
  pg_relation_is_updatable(c.oid::regclass, true) as updatable,
  coalesce(json_agg(json_build_object(
    'name', a.attname,
    'type', format_type(a.atttypid, a.atttypmod),
    'nullable', not a.attnotnull,
    'default', case
      when a.attidentity <> '' then (
        select format('nextval(%L::regclass)', s.oid::regclass::text)
        from pg_depend dep join pg_class s on s.oid = dep.objid and s.relkind = 'S'
        where dep.refobjid = c.oid and dep.refobjsubid = a.attnum and dep.deptype = 'i')
      else pg_get_expr(d.adbin, d.adrelid) end,
    'description', col_description(c.oid, a.attnum)
  ) order by a.attnum) filter (where a.attnum is not null), '[]') as columns
from pg_class c
join pg_namespace n on n.oid = c.relnamespace
left join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
left join pg_attrdef d on d.adrelid = c.oid and d.adnum = a.attnum
where n.nspname = any($1) and c.relkind in ('r', 'v', 'm', 'f', 'p')
group by n.nspname, c.relname, c.relkind, c.oid`;

export const constraintsQuery = `
select con.conname as name, con.contype::text as type,
  ns.nspname as schema, cls.relname as relation,
  array(select a.attname::text from unnest(con.conkey) with ordinality k(num, i)
        join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.num order by k.i) as columns,
  fns.nspname as foreign_schema, fcls.relname as foreign_relation,
  array(select a.attname::text from unnest(con.confkey) with ordinality k(num, i)
        join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.num order by k.i)
    as foreign_columns
from pg_constraint con
join pg_class cls on cls.oid = con.conrelid
join pg_namespace ns on ns.oid = cls.relnamespace
left join pg_class fcls on fcls.oid = con.confrelid
left join pg_namespace fns on fns.oid = fcls.relnamespace
where con.contype in ('p', 'u', 'f')
  and ns.nspname not in ('pg_catalog', 'information_schema')`;

/**
 * Where each view column comes from: the parser records the origin table and column of
 * plain column references in the view's target list (resorigtbl/resorigcol). A view over
 * a view points at the inner view; the loader follows such chains.
 */
export const viewColumnsQuery = `
select vn.nspname as schema, v.relname as view, m[1] as column,
  on_.nspname as origin_schema, oc.relname as origin_relation, oa.attname as origin_column
from pg_class v
join pg_namespace vn on vn.oid = v.relnamespace
join pg_rewrite r on r.ev_class = v.oid and r.rulename = '_RETURN'
cross join lateral regexp_matches(r.ev_action::text,
  ':resname (\\S+) :ressortgroupref \\d+ :resorigtbl (\\d+) :resorigcol (\\d+)', 'g') m
join pg_class oc on oc.oid = m[2]::oid
join pg_namespace on_ on on_.oid = oc.relnamespace
join pg_attribute oa on oa.attrelid = oc.oid and oa.attnum = m[3]::int2
where v.relkind in ('v', 'm') and vn.nspname = any($1)`;

export const routinesQuery = `
select n.nspname as schema, p.proname as name, obj_description(p.oid, 'pg_proc') as description,
  p.provolatile::text as volatility, p.proretset as set_of,
  format_type(p.prorettype, null) as return_type, t.typtype::text as return_typtype,
  rn.nspname as return_schema, rc.relname as return_relation, rc.relkind::text as return_relkind,
  coalesce(p.proargnames, '{}') as arg_names,
  coalesce(p.proargmodes::text[], '{}') as arg_modes,
  array(select format_type(x, null) from unnest(coalesce(p.proallargtypes, p.proargtypes::oid[]))
        with ordinality u(x, i) order by i) as arg_types,
  p.pronargdefaults as defaults, p.provariadic <> 0 as variadic, p.prorows as rows,
  (select format('%s.%s', an.nspname, ac.relname) from pg_type at
     join pg_class ac on ac.oid = at.typrelid join pg_namespace an on an.oid = ac.relnamespace
    where p.pronargs = 1 and at.oid = p.proargtypes[0]) as row_argument
from pg_proc p
join pg_namespace n on n.oid = p.pronamespace
join pg_type t on t.oid = p.prorettype
left join pg_class rc on rc.oid = t.typrelid
left join pg_namespace rn on rn.oid = rc.relnamespace
where n.nspname = any($1) and p.prokind = 'f'`;

export const timezonesQuery = 'select name from pg_timezone_names';

/** User-defined types of the exposed schemas, so `::my_enum` casts can be offered. */
export const typesQuery = `
select n.nspname as schema, t.typname as name
from pg_type t join pg_namespace n on n.oid = t.typnamespace
where n.nspname = any($1) and t.typtype in ('e', 'd', 'c', 'b', 'r') and t.typname !~ '^_'`;
