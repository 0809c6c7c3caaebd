using Dossier.Articles;
using Dossier.Claims;
using Dossier.Entities;

namespace Dossier.Transfers;

/// <summary>
/// Turns an article's transfer mentions into one record per distinct transfer. A mention with
/// goods and a party starts a transfer or joins the one with the same parties, status and goods;
/// a mention without goods only adds to a transfer already found: the same parties' one, or,
/// when it brings a route or a period but no known parties ("Ils ont ensuite été livrés par
/// train à …"), the latest one.
/// </summary>
internal sealed class TransferMerger
{
    private readonly List<Draft> _drafts = [];

    public void Add(TransferMention mention)
    {
        if (mention.Suppliers.Count == 0 && mention.Recipients.Count == 0)
        {
            if (mention.Stops.Count > 0 || mention.Period is not null)
            {
                _drafts.LastOrDefault()?.Absorb(mention);
            }

            return;
        }

        foreach (var supplier in Slots(mention.Suppliers))
        {
            foreach (var recipient in Slots(mention.Recipients).Where(r => r != supplier))
            {
                Place(mention, supplier, recipient);
            }
        }
    }

    /// <summary>
    /// The records, with a missing side filled by the article's usual counterpart: "la Russie
    /// recherchait des obus" in an article whose other transfers bring shells from North Korea.
    /// </summary>
    public IReadOnlyList<Transfer> Transfers()
    {
        foreach (var draft in _drafts)
        {
            draft.Supplier ??= Counterpart(draft.Recipient, d => d.Recipient, d => d.Supplier);
            draft.Recipient ??= Counterpart(draft.Supplier, d => d.Supplier, d => d.Recipient);
        }

        return _drafts.Where(d => d.Supplier != d.Recipient).Select(d => d.ToTransfer()).ToList();
    }

    private static IEnumerable<EntityId?> Slots(IReadOnlyList<EntityId> parties) => parties.Count > 0 ? parties.Cast<EntityId?>() : [null];

    private void Place(TransferMention mention, EntityId? supplier, EntityId? recipient)
    {
        var same = _drafts.LastOrDefault(d => d.Supplier == supplier && d.Recipient == recipient
            && (mention.Items.Count == 0 || (d.Status == mention.Status && d.Items.Overlaps(mention.Items))));
        if (same is not null)
        {
            same.Absorb(mention);
        }
        else if (mention.Items.Count > 0)
        {
            var draft = new Draft(supplier, recipient, mention.Status);
            draft.Absorb(mention);
            _drafts.Add(draft);
        }
        else if (mention.Stops.Count > 0 || mention.Period is not null)
        {
            // "Elles ont ensuite été livrées par train à …": a pronoun's parties are unreliable, the route is not.
            _drafts.LastOrDefault()?.Absorb(mention);
        }
    }

    private EntityId? Counterpart(EntityId? known, Func<Draft, EntityId?> side, Func<Draft, EntityId?> other) =>
        known is null ? null : _drafts.Where(d => side(d) == known && other(d) is not null)
            .GroupBy(other).OrderByDescending(g => g.Count()).FirstOrDefault()?.Key;

    private sealed class Draft(EntityId? supplier, EntityId? recipient, ClaimStatus status)
    {
        public EntityId? Supplier { get; set; } = supplier;

        public EntityId? Recipient { get; set; } = recipient;

        public ClaimStatus Status { get; } = status;

        public HashSet<string> Items { get; } = [];

        private readonly List<RouteStop> _stops = [];
        private readonly List<EntityId> _attributedTo = [];
        private readonly List<TextSpan> _evidence = [];
        private TransferQuantity? _quantity;
        private TransferPeriod? _period;

        public void Absorb(TransferMention mention)
        {
            Items.UnionWith(mention.Items);
            AddStops(mention.Stops);
            if (mention.AttributedTo is { } source && !_attributedTo.Contains(source))
            {
                _attributedTo.Add(source);
            }

            if (!_evidence.Contains(mention.Evidence))
            {
                _evidence.Add(mention.Evidence);
            }

            _quantity ??= mention.Quantity is { } q ? new TransferQuantity(q.Value, q.Approx, q.ValueMax, q.Unit) : null;
            _period ??= mention.Period;
        }

        /// <summary>
        /// Extends the route with the places it lacks and gives a leg already known the mode a later
        /// sentence states for it ("ils ont ensuite été acheminés par train vers …"). A mode is kept
        /// only where the mention's leg is the route's: it leaves the same place, or names none.
        /// </summary>
        private void AddStops(IReadOnlyList<RouteStop> stops)
        {
            EntityId? mentionPrevious = null;
            foreach (var stop in stops)
            {
                var at = _stops.FindIndex(s => s.Place == stop.Place);
                if (at < 0)
                {
                    var follows = stop.Reached && (mentionPrevious is null || mentionPrevious == _stops.LastOrDefault()?.Place);
                    _stops.Add(_stops.Count == 0 ? stop : stop with { Reached = true, Mode = follows ? stop.Mode : null });
                }
                else if (stop is { Reached: true, Mode: not null } && _stops[at].Mode is null
                    && (mentionPrevious is null || (at > 0 && _stops[at - 1].Place == mentionPrevious)))
                {
                    _stops[at] = _stops[at] with { Reached = true, Mode = stop.Mode, Evidence = stop.Evidence };
                }

                mentionPrevious = stop.Place;
            }
        }

        public Transfer ToTransfer() => new(
            Supplier,
            Recipient,
            Items.ToList(),
            _quantity,
            _period,
            _stops.Select(s => s.Place).ToList(),
            _stops.Select((stop, i) => (stop, i)).Where(s => s.i > 0 || s.stop.Reached)
                .Select(s => new TransferLeg(s.i > 0 ? _stops[s.i - 1].Place : null, s.stop.Place, s.stop.Mode, s.stop.Evidence)).ToList(),
            Status,
            _attributedTo,
            _evidence);
    }
}
