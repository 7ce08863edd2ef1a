"""The 招商项目 view: the pipeline board, the deal form, the assessment sheet and the report."""
