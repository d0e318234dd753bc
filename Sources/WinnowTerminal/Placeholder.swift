import WinnowCanvas
import CNcursesw
