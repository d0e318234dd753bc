print("sample generator")
