"""scikit-learn models: direction classifier, gap severity, propensity, ranking (no Qt, no storage)."""
