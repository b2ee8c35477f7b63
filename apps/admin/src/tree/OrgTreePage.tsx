import SearchIcon from '@mui/icons-material/Search';
import {
  Alert,
  Box,
  Card,
  CardContent,
  CircularProgress,
  InputAdornment,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { RichTreeView } from '@mui/x-tree-view/RichTreeView';
import { TreeItem, type TreeItemProps } from '@mui/x-tree-view/TreeItem';
import type { OrgUnitKind } from '@lianxi/rules';
import { createContext, forwardRef, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Title, useDataProvider, useGetIdentity, useTranslate } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import { KindChip } from '../common/fields';
import { KindIcon } from '../common/kindIcons';
import { LoadError } from '../common/LoadError';
import type { LianxiDataProvider } from '../dataProvider/dataProvider';

interface UnitNode {
  id: string;
  name: string;
  kind: OrgUnitKind;
  childCount: number;
  personCount: number;
  householdCount: number;
}

interface TreeModel {
  id: string;
  label: string;
  children?: TreeModel[];
}

const LOADING_SUFFIX = '::loading';
const SEARCH_LIMIT = 50;

interface TreeData {
  nodes: Map<string, UnitNode>;
  matches: Set<string>;
}
const TreeDataContext = createContext<TreeData>({ nodes: new Map(), matches: new Set() });

function UnitLabel({ node, match }: { node: UnitNode; match: boolean }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={1} sx={{ alignItems: 'center', py: 0.25, minWidth: 0 }}>
      <KindIcon kind={node.kind} />
      <Typography
        component="span"
        data-unit-name={node.name}
        sx={{
          fontWeight: match ? 700 : 500,
          bgcolor: match ? 'warning.light' : undefined,
          px: match ? 0.5 : 0,
          borderRadius: 1,
          whiteSpace: 'nowrap',
        }}
      >
        {node.name}
      </Typography>
      <KindChip kind={node.kind} />
      <Typography component="span" variant="caption" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
        {translate('lianxi.tree.counts', {
          children: node.childCount,
          people: node.personCount,
          households: node.householdCount,
        })}
      </Typography>
    </Stack>
  );
}

/** A tree row whose label shows the unit's kind icon, name, kind and counts instead of plain text. */
const UnitTreeItem = forwardRef<HTMLLIElement, TreeItemProps>(function UnitTreeItem(props, ref) {
  const { nodes, matches } = useContext(TreeDataContext);
  const node = nodes.get(props.itemId);
  const label = node ? <UnitLabel node={node} match={matches.has(node.id)} /> : props.label;
  return <TreeItem {...props} ref={ref} label={label} />;
});

/**
 * The whole organisation tree. Children load when a unit is first expanded (the bureau has ~1,000 units);
 * searching by name loads and expands the path down to every match. Clicking a name opens the unit's page.
 */
export function OrgTreePage() {
  // react-admin may hand out a new provider object on re-render; the loaders must not re-run because of it.
  const dataProviderNow = useDataProvider<LianxiDataProvider>();
  const providerRef = useRef(dataProviderNow);
  providerRef.current = dataProviderNow;
  const translate = useTranslate();
  const navigate = useNavigate();
  const [nodes, setNodes] = useState<Map<string, UnitNode>>(new Map());
  const [roots, setRoots] = useState<string[] | undefined>();
  const [children, setChildren] = useState<Map<string, string[]>>(new Map());
  const [expanded, setExpanded] = useState<string[]>([]);
  const [error, setError] = useState<unknown>();
  const [query, setQuery] = useState('');
  const [search, setSearch] = useState<{ q: string; ids: string[]; total: number } | undefined>();
  const [searching, setSearching] = useState(false);
  const loaded = useRef(new Map<string, Promise<void>>());

  const fetchUnits = useCallback(
    async (filter: Record<string, unknown>) => {
      const { data } = await providerRef.current.getList<UnitNode & { id: string }>('orgUnits', {
        filter,
        pagination: { page: 1, perPage: 500 },
        sort: { field: 'code', order: 'ASC' },
      });
      setNodes((prev) => {
        const next = new Map(prev);
        for (const u of data) next.set(u.id, u);
        return next;
      });
      return data.map((u) => u.id);
    },
    [],
  );

  /** Loads a unit's children once; concurrent calls share the same request. */
  const loadChildren = useCallback(
    (id: string): Promise<void> => {
      const existing = loaded.current.get(id);
      if (existing) return existing;
      const p = fetchUnits({ parentId: id })
        .then((ids) => {
          setChildren((prev) => new Map(prev).set(id, ids));
        })
        .catch((err: unknown) => {
          loaded.current.delete(id);
          setError(err);
        });
      loaded.current.set(id, p);
      return p;
    },
    [fetchUnits],
  );

  // The tree starts at the user's scope unit: the bureau for its administrators, a farm for its head.
  const { data: identity, isPending: identityPending } = useGetIdentity();
  const scopeUnitId = typeof identity?.['scopeUnitId'] === 'string' ? identity['scopeUnitId'] : undefined;
  const loadRoots = useCallback(() => {
    if (identityPending) return;
    setError(undefined);
    fetchUnits(scopeUnitId ? { ids: [scopeUnitId] } : { root: true })
      .then(setRoots)
      .catch((err: unknown) => setError(err));
  }, [fetchUnits, scopeUnitId, identityPending]);

  useEffect(loadRoots, [loadRoots]);

  // Search: debounce typing, then load each match's ancestors' children and expand the path.
  useEffect(() => {
    const q = query.trim();
    if (!q) {
      setSearch(undefined);
      return;
    }
    let cancelled = false;
    const timer = setTimeout(async () => {
      setSearching(true);
      try {
        const { items, total } = await providerRef.current.searchUnitPaths(q, SEARCH_LIMIT);
        const ancestors = new Set<string>();
        for (const m of items) for (const a of m.ancestors) ancestors.add(a.id);
        await Promise.all([...ancestors].map(loadChildren));
        if (cancelled) return;
        setExpanded((prev) => [...new Set([...prev, ...ancestors])]);
        setSearch({ q, ids: items.map((m) => m.id), total });
      } catch (err) {
        if (!cancelled) setError(err);
      } finally {
        if (!cancelled) setSearching(false);
      }
    }, 300);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [query, loadChildren]);

  const items = useMemo(() => {
    const build = (id: string): TreeModel => {
      const node = nodes.get(id);
      const kids = children.get(id);
      const model: TreeModel = { id, label: node?.name ?? id };
      if (kids) model.children = kids.map(build);
      // A placeholder child makes the expand arrow appear before the children are fetched.
      else if (node && node.childCount > 0) model.children = [{ id: `${id}${LOADING_SUFFIX}`, label: '…' }];
      return model;
    };
    return (roots ?? []).map(build);
  }, [roots, nodes, children]);

  const treeData = useMemo(() => ({ nodes, matches: new Set(search?.ids ?? []) }), [nodes, search]);

  if (error && !roots) return <LoadError error={error} onRetry={loadRoots} />;

  return (
    <Box sx={{ mt: 1 }}>
      <Title title={translate('lianxi.tree.title')} />
      <Card>
        <CardContent>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' }, mb: 2 }}>
            <TextField
              size="small"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              placeholder={translate('lianxi.tree.search')}
              aria-label={translate('lianxi.tree.search')}
              sx={{ minWidth: 320 }}
              slotProps={{
                input: {
                  startAdornment: (
                    <InputAdornment position="start">
                      {searching ? <CircularProgress size={18} /> : <SearchIcon fontSize="small" />}
                    </InputAdornment>
                  ),
                },
              }}
            />
            <Typography variant="body2" color="text.secondary">
              {search
                ? search.total === 0
                  ? translate('lianxi.tree.no_match', { q: search.q })
                  : translate('lianxi.tree.matches', { smart_count: search.total })
                : translate('lianxi.tree.hint')}
            </Typography>
          </Stack>
          {search && search.total > search.ids.length ? (
            <Alert severity="info" sx={{ mb: 1 }}>
              {translate('lianxi.tree.too_many', { shown: search.ids.length })}
            </Alert>
          ) : null}
          {error ? <LoadError error={error} onRetry={() => setError(undefined)} /> : null}
          {roots === undefined ? (
            <CircularProgress size={24} />
          ) : (
            <TreeDataContext.Provider value={treeData}>
              <RichTreeView<TreeModel>
                aria-label={translate('lianxi.tree.title')}
                items={items}
                expandedItems={expanded}
                expansionTrigger="iconContainer"
                onExpandedItemsChange={(_e, ids) => setExpanded(ids)}
                onItemExpansionToggle={(_e, id, isExpanded) => {
                  if (isExpanded && !id.endsWith(LOADING_SUFFIX)) void loadChildren(id);
                }}
                onItemClick={(event, id) => {
                  // The arrow expands; the rest of the row opens the unit.
                  const target = event.target as HTMLElement;
                  if (target.closest('.MuiTreeItem-iconContainer') || id.endsWith(LOADING_SUFFIX)) return;
                  navigate(`/orgUnits/${encodeURIComponent(id)}/show`);
                }}
                itemChildrenIndentation={20}
                slots={{ item: UnitTreeItem }}
              />
            </TreeDataContext.Provider>
          )}
        </CardContent>
      </Card>
    </Box>
  );
}
