import WinnowCore
print("winnow")
