"""Sharper targeting (issue #16): what the bureau knows about a firm beyond its own record.

- ``flags``: the public lists a firm is on (专精特新, 小巨人, 单项冠军 …), imported by USCC or name;
- ``links``: relations between firms (supplier, customer, parent, subsidiary, same group);
- ``signals``: dated events that a firm may be moving (扩产, 募投项目, 土地竞买 …);
- ``strategies``: 补链 / 强链 / 延链, each a documented set of weights and a segment rule;
- ``regions``: where candidates come from (a database-wide setting) and the local city;
- ``anchor``: 以商引商, the candidates linked to an anchor firm;
- ``scoring``: the few hooks the ranking calls to fold all of this into the score;
- ``explain``: the flags, signals and links in a firm's explanation.

The SQL of the tables lives here too (``schema``); ``docs/scoring.md`` documents the weights.
"""
