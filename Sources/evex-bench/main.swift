print("evex-bench")
