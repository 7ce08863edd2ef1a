"""The fixed codes of catalog-spec.md. Tools outside the app exchange data by these."""

DOMAINS = ("it", "equip", "mat", "energy", "bio")

DIRECTIONS = (
    "it.ai",
    "it.ict",
    "it.terminal",
    "it.components",
    "it.iot",
    "it.cloud",
    "equip.robot",
    "equip.intelligent",
    "equip.service_robot",
    "equip.laser",
    "mat.advanced",
    "mat.frontier",
    "energy.nev",
    "energy.battery",
    "energy.renewable",
    "energy.smart_grid",
    "bio.pharma",
    "bio.device",
    "bio.health_food",
    "bio.health",
    "bio.services",
)

KEY_DIRECTIONS = (
    "it.ai",
    "it.ict",
    "it.terminal",
    "equip.robot",
    "equip.intelligent",
    "mat.advanced",
    "energy.nev",
    "energy.battery",
    "bio.pharma",
    "bio.device",
)

NONE = ""  # a firm outside every direction

# The region of the plan lives in the catalog data ([region] in catalog.toml: Catalog.local_city,
# Catalog.candidate_cities; a database widens the candidates with app.targeting.regions).
# These two mirror the shipped values for the pure scoring defaults that have no catalog at
# hand (scoring.propensity, scoring.ranking.is_candidate); tests/test_targeting_regions.py
# checks they equal the TOML. New code asks app.targeting.regions instead.
LOCAL_CITY = "东莞市"
CANDIDATE_CITIES = ("深圳市", "广州市")

# The plan's six 亩产效益 indicators, then 亩均产值 (weight 0 unless the bureau gives it one);
# design.md §5 fixes these keys.
INDICATORS = (
    "tax_per_mu",
    "value_added_per_mu",
    "labour_productivity",
    "value_added_per_energy",
    "value_added_per_emission",
    "rd_ratio",
    "output_per_mu",  # 亩均产值: not one of the plan's six; what most agreements commit to
)
